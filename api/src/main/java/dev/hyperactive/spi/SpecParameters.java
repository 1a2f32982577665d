package dev.hyperactive.spi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * String parameters of one optimizer, checked against the names it accepts, with typed getters
 * that fall back to defaults. Providers use it in {@link OptimizerProvider#parse(Map)}:
 * <pre>{@code
 * SpecParameters p = SpecParameters.of("hill_climbing", raw, List.of("epsilon", "n_neighbours"));
 * return new HillClimbingOptimizer().epsilon(p.getDouble("epsilon", 0.03));
 * }</pre>
 */
public final class SpecParameters {

    private final String optimizer;
    private final Map<String, String> values;

    private SpecParameters(String optimizer, Map<String, String> values) {
        this.optimizer = optimizer;
        this.values = values;
    }

    /**
     * Checks that every name in {@code raw} is accepted.
     *
     * @throws IllegalArgumentException naming the first unknown parameter and listing the accepted
     *     ones
     */
    public static SpecParameters of(String optimizer, Map<String, String> raw, List<String> accepted) {
        Objects.requireNonNull(raw, "parameters");
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            if (!accepted.contains(entry.getKey())) {
                throw new IllegalArgumentException("unknown parameter '" + entry.getKey() + "' for optimizer "
                        + optimizer + "; accepted parameters: "
                        + (accepted.isEmpty() ? "none" : String.join(", ", accepted)));
            }
            Objects.requireNonNull(entry.getValue(), () -> "parameter " + entry.getKey() + " of optimizer "
                    + optimizer + " must have a value");
        }
        return new SpecParameters(optimizer, new LinkedHashMap<>(raw));
    }

    /** Returns whether {@code name} was given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Returns parameter {@code name} as a double, or {@code defaultValue} if absent.
     *
     * @throws IllegalArgumentException if the value is not a number
     */
    public double getDouble(String name, double defaultValue) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, value, "a number");
        }
    }

    /**
     * Returns parameter {@code name} as an int, or {@code defaultValue} if absent.
     *
     * @throws IllegalArgumentException if the value is not an integer
     */
    public int getInt(String name, int defaultValue) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, value, "an integer");
        }
    }

    /**
     * Returns parameter {@code name} as a boolean ({@code true} or {@code false}, any case), or
     * {@code defaultValue} if absent.
     *
     * @throws IllegalArgumentException if the value is neither
     */
    public boolean getBoolean(String name, boolean defaultValue) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        if (normalized.equals("true") || normalized.equals("false")) {
            return Boolean.parseBoolean(normalized);
        }
        throw invalid(name, value, "true or false");
    }

    /**
     * Returns parameter {@code name}, which must be one of {@code choices}, or {@code defaultValue}
     * if absent.
     *
     * @throws IllegalArgumentException if the value is not one of the choices
     */
    public String getChoice(String name, String defaultValue, String... choices) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        String trimmed = value.trim();
        if (!Arrays.asList(choices).contains(trimmed)) {
            throw invalid(name, value, "one of " + String.join(", ", choices));
        }
        return trimmed;
    }

    private IllegalArgumentException invalid(String name, String value, String expected) {
        return new IllegalArgumentException("parameter " + name + " of optimizer " + optimizer + " must be "
                + expected + ": '" + value + "'");
    }
}
