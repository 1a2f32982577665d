/** TODO. */
module dev.hyperactive.optimizers.global {
    requires dev.hyperactive.api;
}
