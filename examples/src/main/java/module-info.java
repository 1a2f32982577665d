/** TODO. */
module dev.hyperactive.examples {
    requires dev.hyperactive.api;
}
