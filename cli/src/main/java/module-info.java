/**
 * The {@code hyperactive} command: runs searches on built-in test problems and studies, lists the
 * optimizers and studies on the module path, and runs the demo.
 *
 * <p>This module requires no optimizer or study module: the engine finds them with
 * {@link java.util.ServiceLoader}, so the module path decides which exist. The command decides where
 * logs go: java.util.logging writes to standard error.
 */
module dev.hyperactive.cli {
    requires dev.hyperactive.core;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires java.logging;

    opens dev.hyperactive.cli to info.picocli;
    opens dev.hyperactive.cli.bench to info.picocli;
}
