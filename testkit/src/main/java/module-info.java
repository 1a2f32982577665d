/** TODO. */
module dev.hyperactive.testkit {
    requires dev.hyperactive.api;
}
