package dev.hyperactive.spi;

import java.util.Objects;

/**
 * Argument checks that return the checked value and fail with a message of the form
 * {@code "<name> must <rule>: <value>"}.
 *
 * <p>Optimizer specs and plugins use the same helper so that every invalid parameter reads the
 * same way, for example {@code "epsilon must not be negative: -1.0"}.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Returns {@code value} if it is greater than zero.
     *
     * @throws IllegalArgumentException if {@code value <= 0}
     */
    public static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is finite and greater than zero.
     *
     * @throws IllegalArgumentException if {@code value} is not finite or not greater than zero
     */
    public static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number: " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is zero or more.
     *
     * @throws IllegalArgumentException if {@code value < 0}
     */
    public static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is finite and zero or more.
     *
     * @throws IllegalArgumentException if {@code value} is negative, NaN or infinite
     */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number that is not negative: " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is finite.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number: " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it lies in the closed interval {@code [min, max]}.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or outside the interval
     */
    public static double inRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    name + " must be between " + min + " and " + max + ": " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is not null.
     *
     * @throws NullPointerException naming {@code name} if {@code value} is null
     */
    public static <T> T notNull(String name, T value) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }
}
