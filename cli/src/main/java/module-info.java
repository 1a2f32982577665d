/** TODO. */
module dev.hyperactive.cli {
    requires dev.hyperactive.api;
}
