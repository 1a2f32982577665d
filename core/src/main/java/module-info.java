/**
 * The search engine of Hyperactive for Java: {@link dev.hyperactive.core.Hyperactive}, the search
 * loop, memory, stopping rules, search data and its files, progress display and the Guice wiring.
 * Optimizer providers and studies are found with {@link java.util.ServiceLoader}, so the module path
 * decides which exist.
 */
module dev.hyperactive.core {
    requires transitive dev.hyperactive.api;
    requires transitive com.google.guice;
    requires jakarta.inject;
    requires org.eclipse.collections.api;
    requires org.eclipse.collections.impl;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires me.tongfei.progressbar;

    exports dev.hyperactive.core;
    exports dev.hyperactive.core.problems;

    // Guice reads the provider methods of HyperactiveModule reflectively.
    opens dev.hyperactive.core to com.google.guice;

    uses dev.hyperactive.spi.OptimizerProvider;
    uses dev.hyperactive.api.Study;
}
