package dev.hyperactive.api;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A dimension of arbitrary values (strings, numbers, functions, arrays, models) in a fixed order,
 * each with a unique label that stands for it in exported search data.
 */
final class CategoricalDimension implements Dimension {

    private final String name;
    private final List<Object> values;
    private final List<String> labels;
    private final Map<String, Integer> indexByLabel;
    private final Class<?> valueType;

    CategoricalDimension(String name, List<?> values, List<String> labels) {
        this.name = name;
        if (values.isEmpty()) {
            throw new IllegalArgumentException("dimension '" + name + "' must have at least one value");
        }
        this.values = List.copyOf(values);
        this.labels = List.copyOf(labels);
        this.indexByLabel = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            Integer earlier = indexByLabel.put(labels.get(i), i);
            if (earlier != null) {
                throw new IllegalArgumentException("dimension '" + name + "' has two values labelled '"
                        + labels.get(i) + "' (at " + earlier + " and " + i
                        + "); give each value a unique label with categorical(name, Map)");
            }
        }
        this.valueType = commonType(this.values);
    }

    /** Creates a dimension whose labels are derived from the values themselves. */
    static CategoricalDimension of(String name, List<?> values) {
        List<String> labels = new ArrayList<>(values.size());
        for (Object value : values) {
            Objects.requireNonNull(value, () -> "dimension '" + name + "' must not contain null values");
            labels.add(defaultLabel(value));
        }
        return new CategoricalDimension(name, values, labels);
    }

    /** Creates a dimension from labels to values, in the map's iteration order. */
    static CategoricalDimension of(String name, Map<String, ?> labelledValues) {
        List<Object> values = new ArrayList<>(labelledValues.size());
        List<String> labels = new ArrayList<>(labelledValues.size());
        for (Map.Entry<String, ?> entry : labelledValues.entrySet()) {
            Objects.requireNonNull(entry.getKey(), () -> "dimension '" + name + "' must not have null labels");
            Objects.requireNonNull(entry.getValue(),
                    () -> "dimension '" + name + "' must not contain null values");
            labels.add(entry.getKey());
            values.add(entry.getValue());
        }
        return new CategoricalDimension(name, values, labels);
    }

    /**
     * Returns the label of a value: the text of a string, number, boolean or character, the name of
     * an enum constant or class, the elements of an array, and {@code toString()} otherwise.
     */
    static String defaultLabel(Object value) {
        if (value instanceof Enum<?>) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof Class<?>) {
            return ((Class<?>) value).getSimpleName();
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            Object[] boxed = new Object[length];
            for (int i = 0; i < length; i++) {
                boxed[i] = Array.get(value, i);
            }
            return Arrays.deepToString(boxed);
        }
        return String.valueOf(value);
    }

    private static Class<?> commonType(List<Object> values) {
        Class<?> type = values.get(0).getClass();
        for (Object value : values) {
            if (value.getClass() != type) {
                return Object.class;
            }
        }
        return type;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public Object value(int index) {
        if (index < 0 || index >= values.size()) {
            throw new IndexOutOfBoundsException(
                    "index " + index + " is outside dimension '" + name + "' of " + values.size() + " values");
        }
        return values.get(index);
    }

    @Override
    public Class<?> valueType() {
        return valueType;
    }

    @Override
    public boolean isNumeric() {
        return false;
    }

    @Override
    public String label(int index) {
        return labels.get(index);
    }

    @Override
    public int nearestIndexOf(Object value) {
        OptionalInt index = exactIndexOf(value);
        if (index.isEmpty()) {
            throw new IllegalArgumentException("value " + (value instanceof String ? "'" + value + "'" : value)
                    + " is not in dimension '" + name + "', whose values are " + labels);
        }
        return index.getAsInt();
    }

    @Override
    public OptionalInt exactIndexOf(Object value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < values.size(); i++) {
            if (sameValue(values.get(i), value)) {
                return OptionalInt.of(i);
            }
        }
        Integer byLabel = indexByLabel.get(value instanceof String ? (String) value : defaultLabel(value));
        return byLabel == null ? OptionalInt.empty() : OptionalInt.of(byLabel);
    }

    /** Compares two values, treating numbers of different boxed types by their numeric value. */
    private static boolean sameValue(Object a, Object b) {
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof Number && b instanceof Number) {
            return ((Number) a).doubleValue() == ((Number) b).doubleValue();
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoricalDimension && ((CategoricalDimension) o).name.equals(name)
                && ((CategoricalDimension) o).values.equals(values)
                && ((CategoricalDimension) o).labels.equals(labels);
    }

    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + values.hashCode()) * 31 + labels.hashCode();
    }

    @Override
    public String toString() {
        return name + ": " + labels;
    }
}
