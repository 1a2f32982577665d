package dev.hyperactive.api;

import java.util.Map;

/**
 * Read-only access to the values of one parameter combination, by parameter name.
 *
 * <p>Values keep the type of their dimension: {@code integers} give {@code Integer}, {@code longs}
 * give {@code Long}, {@code doubles} and {@code logDoubles} give {@code Double}, and categorical
 * dimensions give the objects they were built from.
 */
public interface ParameterValues {

    /**
     * Returns the value of parameter {@code name}.
     *
     * @throws IllegalArgumentException if the search space has no such parameter
     */
    Object get(String name);

    /**
     * Returns the value of parameter {@code name} cast to {@code type}.
     *
     * @throws IllegalArgumentException if there is no such parameter or its value is not a
     *     {@code type}
     */
    default <T> T get(String name, Class<T> type) {
        Object value = get(name);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("parameter '" + name + "' is a " + value.getClass().getName()
                    + ", not a " + type.getName() + ": " + value);
        }
        return type.cast(value);
    }

    /**
     * Returns the value of integer parameter {@code name}.
     *
     * @throws IllegalArgumentException if there is no such parameter, or its value is not an
     *     {@code Integer}, {@code Long}, {@code Short} or {@code Byte} that fits in an {@code int}
     */
    default int getInt(String name) {
        long value = getLong(name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("parameter '" + name + "' does not fit in an int: " + value);
        }
        return (int) value;
    }

    /**
     * Returns the value of integer parameter {@code name} as a {@code long}.
     *
     * @throws IllegalArgumentException if there is no such parameter or its value is not an
     *     {@code Integer}, {@code Long}, {@code Short} or {@code Byte}
     */
    default long getLong(String name) {
        Object value = get(name);
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException("parameter '" + name + "' is not an integer but "
                + value.getClass().getName() + ": " + value);
    }

    /**
     * Returns the value of numeric parameter {@code name} as a {@code double}.
     *
     * @throws IllegalArgumentException if there is no such parameter or its value is not a
     *     {@link Number}
     */
    default double getDouble(String name) {
        Object value = get(name);
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        throw new IllegalArgumentException("parameter '" + name + "' is not a number but "
                + value.getClass().getName() + ": " + value);
    }

    /**
     * Returns the value of string parameter {@code name}.
     *
     * @throws IllegalArgumentException if there is no such parameter or its value is not a string
     */
    default String getString(String name) {
        return get(name, String.class);
    }

    /** Returns all values by parameter name, in search-space order, as an unmodifiable map. */
    Map<String, Object> asMap();
}
