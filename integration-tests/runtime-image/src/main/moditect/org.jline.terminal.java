// Descriptor for jline-terminal 3.24.1 (required by progressbar), which is an automatic module.
// Generated with jdeps --generate-module-info.
module org.jline.terminal {
    requires java.logging;
    requires org.jline.nativ;

    exports org.jline.terminal;
    exports org.jline.terminal.impl;
    exports org.jline.terminal.impl.exec;
    exports org.jline.terminal.spi;
    exports org.jline.utils;
}
