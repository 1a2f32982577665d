package dev.hyperactive.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sets where logs go: java.util.logging, which also receives the library modules' System.Logger
 * output, keeps its console handler on standard error and prints one line per record, and Tribuo,
 * which logs a line per trained tree, is lowered to warnings.
 */
final class LogSetup {

    private static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";

    /** The log record layout: level, logger name and message, then the exception if any. */
    private static final String ONE_LINE_FORMAT = "%4$s: %3$s: %5$s%6$s%n";

    /** Held here because java.util.logging keeps only weak references and would drop the level. */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    private LogSetup() {
    }

    /**
     * Applies the settings. A format given with {@code -D} on the java command line, and a level for
     * {@code org.tribuo} set in a logging configuration file, win.
     */
    static void configure() {
        if (System.getProperty(FORMAT_PROPERTY) == null) {
            System.setProperty(FORMAT_PROPERTY, ONE_LINE_FORMAT);
        }
        if (TRIBUO.getLevel() == null) {
            TRIBUO.setLevel(Level.WARNING);
        }
    }
}
