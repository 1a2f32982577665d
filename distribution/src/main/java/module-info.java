/**
 * Distribution backends that hand evaluations to threads, forked JVMs, RMI workers or a cluster.
 */
module dev.hyperactive.distribution {
    requires dev.hyperactive.api;
    requires dev.hyperactive.core;
}
