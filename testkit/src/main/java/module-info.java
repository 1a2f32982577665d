/**
 * The contract test that every optimizer, built in or third-party, extends:
 * {@link dev.hyperactive.testkit.OptimizerContractTest}. Add this module and JUnit 5 as test
 * dependencies of an optimizer module.
 */
module dev.hyperactive.testkit {
    requires transitive dev.hyperactive.api;
    requires transitive org.junit.jupiter.api;

    exports dev.hyperactive.testkit;

    opens dev.hyperactive.testkit to org.junit.platform.commons;
}
