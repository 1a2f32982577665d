/** TODO. */
module dev.hyperactive.optimizers.local {
    requires dev.hyperactive.api;
}
