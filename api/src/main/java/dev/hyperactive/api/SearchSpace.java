package dev.hyperactive.api;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered map from parameter name to {@link Dimension}: the set of parameter combinations an
 * optimizer may propose.
 *
 * <p>Build one with {@link #builder()}:
 * <pre>{@code
 * SearchSpace space = SearchSpace.builder()
 *         .integers("trees", 10, 100, 10)       // 10, 20, ..., 100
 *         .doubles("fraction", 0.1, 1.0, 0.1)   // 0.1, 0.2, ..., 1.0
 *         .logDoubles("rate", 1e-4, 1e-1, 4)    // 1e-4, 1e-3, 1e-2, 1e-1
 *         .categorical("kernel", "linear", "rbf")
 *         .build();
 * }</pre>
 *
 * <p>Numeric ranges <em>include</em> {@code to} when it lies on the grid (within a relative 1e-9 of a
 * step) and never go past it, unlike Python's {@code range} and numpy's {@code arange}:
 * {@code integers("x", 1, 10, 1)} has ten values and {@code doubles("x", 0, 1, 0.1)} has eleven, the
 * last exactly 1.0. Values are computed from their index, never stored, so the space may hold far
 * more points than fit in memory: its {@link #size()} is a {@link BigInteger}.
 *
 * <p>Instances are immutable. Two spaces are equal when they have the same dimensions with the same
 * values in the same order, which is what decides whether searches share memory.
 */
public final class SearchSpace {

    private final List<Dimension> dimensions;
    private final Map<String, Integer> indexByName;
    private final BigInteger size;

    private SearchSpace(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
        this.indexByName = new LinkedHashMap<>();
        BigInteger product = BigInteger.ONE;
        for (int i = 0; i < dimensions.size(); i++) {
            indexByName.put(dimensions.get(i).name(), i);
            product = product.multiply(BigInteger.valueOf(dimensions.get(i).size()));
        }
        this.size = product;
    }

    /** Returns a builder for a new search space. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the dimensions in order. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** Returns the number of dimensions. */
    public int dimensionCount() {
        return dimensions.size();
    }

    /** Returns the dimension at {@code index} in search-space order. */
    public Dimension dimension(int index) {
        return dimensions.get(index);
    }

    /**
     * Returns the dimension named {@code name}.
     *
     * @throws IllegalArgumentException if no dimension has that name
     */
    public Dimension dimension(String name) {
        return dimensions.get(indexOf(name));
    }

    /**
     * Returns the position of the dimension named {@code name}.
     *
     * @throws IllegalArgumentException if no dimension has that name
     */
    public int indexOf(String name) {
        Integer index = indexByName.get(name);
        if (index == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'; the search space has "
                    + indexByName.keySet());
        }
        return index;
    }

    /** Returns whether a dimension is named {@code name}. */
    public boolean contains(String name) {
        return indexByName.containsKey(name);
    }

    /** Returns the parameter names in order. */
    public List<String> names() {
        return List.copyOf(indexByName.keySet());
    }

    /** Returns a new array with the size of each dimension, in order. */
    public int[] sizes() {
        int[] sizes = new int[dimensions.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = dimensions.get(i).size();
        }
        return sizes;
    }

    /** Returns the number of points: the product of the dimension sizes. */
    public BigInteger size() {
        return size;
    }

    /**
     * Returns the values at {@code position}, by parameter name in search-space order.
     *
     * @throws IllegalArgumentException if the position has the wrong length
     * @throws IndexOutOfBoundsException if an index lies outside its dimension
     */
    public Map<String, Object> values(int[] position) {
        checkLength(position);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < position.length; i++) {
            values.put(dimensions.get(i).name(), dimensions.get(i).value(position[i]));
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * Returns the position nearest to the given values, for warm starts: numeric values snap to the
     * nearest grid value, categorical values must be in their dimension.
     *
     * @throws IllegalArgumentException if a dimension is missing from {@code values}, a value is
     *     outside its dimension, or {@code values} names a parameter the space does not have
     */
    public int[] nearestPosition(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        for (String key : values.keySet()) {
            if (!indexByName.containsKey(key)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "' in " + values
                        + "; the search space has " + indexByName.keySet());
            }
        }
        int[] position = new int[dimensions.size()];
        for (int i = 0; i < position.length; i++) {
            Dimension dimension = dimensions.get(i);
            if (!values.containsKey(dimension.name())) {
                throw new IllegalArgumentException("parameter '" + dimension.name() + "' is missing from "
                        + values);
            }
            position[i] = dimension.nearestIndexOf(values.get(dimension.name()));
        }
        return position;
    }

    private void checkLength(int[] position) {
        if (position.length != dimensions.size()) {
            throw new IllegalArgumentException("position must have " + dimensions.size() + " indices: "
                    + Arrays.toString(position));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchSpace && ((SearchSpace) o).dimensions.equals(dimensions);
    }

    @Override
    public int hashCode() {
        return dimensions.hashCode();
    }

    @Override
    public String toString() {
        return "SearchSpace" + dimensions;
    }

    /**
     * Collects dimensions in order. Every method checks its arguments at once and throws
     * {@link IllegalArgumentException} naming the dimension and the value.
     */
    public static final class Builder {

        private final List<Dimension> dimensions = new ArrayList<>();
        private final Map<String, Boolean> names = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds the {@code Integer} values {@code from, from + step, ...}, up to and including {@code to}
         * when it lies on the grid.
         *
         * @throws IllegalArgumentException if {@code step <= 0} or {@code from > to}
         */
        public Builder integers(String name, int from, int to, int step) {
            checkName(name);
            long size = integerCount(name, from, to, step);
            return add(new IntegerRange(name, from, step, (int) size));
        }

        /**
         * Adds the {@code Long} values {@code from, from + step, ...}, up to and including {@code to}
         * when it lies on the grid.
         *
         * @throws IllegalArgumentException if {@code step <= 0}, {@code from > to}, or the range has
         *     more than {@link Integer#MAX_VALUE} values
         */
        public Builder longs(String name, long from, long to, long step) {
            checkName(name);
            long size = integerCount(name, from, to, step);
            return add(new LongRange(name, from, step, (int) size));
        }

        /**
         * Adds the {@code Double} values {@code from + i * step}, up to and including {@code to} when it
         * lies within a relative 1e-9 of a step of the grid. Each value is the double nearest to the
         * exact decimal {@code from + i * step}, so 0.1 steps from 0 give exactly 0.3.
         *
         * @throws IllegalArgumentException if {@code step} is not a positive finite number, a bound is
         *     not finite, {@code from > to}, or the range has more than {@link Integer#MAX_VALUE} values
         */
        public Builder doubles(String name, double from, double to, double step) {
            checkName(name);
            return add(DoubleRange.of(name, from, to, step));
        }

        /**
         * Adds {@code count} doubles from {@code from} to {@code to} (both included), evenly spaced on a
         * logarithmic scale.
         *
         * @throws IllegalArgumentException if a bound is not positive and finite, {@code count < 1},
         *     or {@code from > to}
         */
        public Builder logDoubles(String name, double from, double to, int count) {
            checkName(name);
            return add(LogDoubleRange.of(name, from, to, count));
        }

        /**
         * Adds a categorical dimension of the given values, in order. Each value's label, which stands
         * for it in exported search data, is its text for strings, numbers and enums, the simple name
         * for classes, the elements for arrays, and {@code toString()} otherwise.
         *
         * @throws IllegalArgumentException if there are no values or two values have the same label
         * @throws NullPointerException if a value is null
         */
        public Builder categorical(String name, Object... values) {
            return categorical(name, Arrays.asList(values));
        }

        /**
         * Adds a categorical dimension of the given values, in order.
         *
         * @see #categorical(String, Object...)
         */
        public Builder categorical(String name, List<?> values) {
            checkName(name);
            Objects.requireNonNull(values, "values");
            return add(CategoricalDimension.of(name, values));
        }

        /**
         * Adds a categorical dimension whose values carry explicit labels, in the map's iteration
         * order. Use it for functions, models and other objects without a readable {@code toString()}.
         *
         * @throws IllegalArgumentException if the map is empty
         */
        public Builder categorical(String name, Map<String, ?> labelledValues) {
            checkName(name);
            Objects.requireNonNull(labelledValues, "labelledValues");
            return add(CategoricalDimension.of(name, labelledValues));
        }

        /**
         * Builds the search space.
         *
         * @throws IllegalArgumentException if no dimension was added
         */
        public SearchSpace build() {
            if (dimensions.isEmpty()) {
                throw new IllegalArgumentException("search space must have at least one dimension");
            }
            return new SearchSpace(dimensions);
        }

        private Builder add(Dimension dimension) {
            dimensions.add(dimension);
            names.put(dimension.name(), Boolean.TRUE);
            return this;
        }

        private void checkName(String name) {
            Objects.requireNonNull(name, "dimension name must not be null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("dimension name must not be blank: '" + name + "'");
            }
            if (names.containsKey(name)) {
                throw new IllegalArgumentException("duplicate dimension name: '" + name + "'");
            }
        }

        private static long integerCount(String name, long from, long to, long step) {
            if (step <= 0) {
                throw new IllegalArgumentException("step of dimension '" + name + "' must be positive: " + step);
            }
            if (from > to) {
                throw new IllegalArgumentException("dimension '" + name + "' must have from <= to: from "
                        + from + ", to " + to);
            }
            BigInteger count = BigInteger.valueOf(to).subtract(BigInteger.valueOf(from))
                    .divide(BigInteger.valueOf(step)).add(BigInteger.ONE);
            if (count.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new IllegalArgumentException("dimension '" + name + "' must have at most "
                        + Integer.MAX_VALUE + " values, but from " + from + " to " + to + " step " + step
                        + " gives " + count);
            }
            return count.longValue();
        }
    }
}
