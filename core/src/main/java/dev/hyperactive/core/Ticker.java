package dev.hyperactive.core;

/**
 * A monotonic time source in nanoseconds. Every time limit and every measured time of the engine
 * reads the injected ticker, so tests of {@code maxTime} replace it instead of sleeping.
 */
@FunctionalInterface
public interface Ticker {

    /** Returns the current time in nanoseconds, from an arbitrary origin. */
    long nanoTime();

    /** Returns the ticker of {@link System#nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }
}
