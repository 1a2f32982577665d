package dev.hyperactive.examples;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quiets Tribuo, which logs through {@code java.util.logging} and writes an INFO line for every
 * tree it bags: 5-fold cross-validation of 100 trees would print 500 lines per evaluation.
 */
final class TribuoLogging {

    /**
     * Strong reference to the {@code org.tribuo} logger. {@code java.util.logging} keeps only weak
     * references to loggers, so without it the level set here could be lost when the logger is collected.
     */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    private TribuoLogging() {
    }

    /**
     * Sets the {@code org.tribuo} logger to WARNING unless a level was configured for it already,
     * for example in a {@code logging.properties} file, which then wins.
     */
    static synchronized void quiet() {
        if (TRIBUO.getLevel() == null) {
            TRIBUO.setLevel(Level.WARNING);
        }
    }
}
