/**
 * Studies on real datasets, provided as {@link dev.hyperactive.api.Study} services. The study
 * {@code diabetes} tunes a Tribuo random forest and is what the {@code hyperactive demo} command runs.
 *
 * <p>Tribuo's jars are automatic modules, so jlink cannot link this module into a runtime image. Put
 * it and its dependencies on the module path of the image instead.
 */
module dev.hyperactive.examples {
    requires transitive dev.hyperactive.api;
    requires java.logging;
    requires com.oracle.labs.mlrg.olcut;
    requires org.tribuo.core;
    requires org.tribuo.regression.core;
    requires org.tribuo.regression.rtree;
    requires org.tribuo.common.tree;

    exports dev.hyperactive.examples;

    provides dev.hyperactive.api.Study with dev.hyperactive.examples.DiabetesStudy;
}
