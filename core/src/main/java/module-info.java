/** TODO. */
module dev.hyperactive.core {
    requires dev.hyperactive.api;
}
