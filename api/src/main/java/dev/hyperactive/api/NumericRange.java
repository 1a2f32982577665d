package dev.hyperactive.api;

import java.util.OptionalInt;

/** Base of the numeric dimensions: index arithmetic and the warm-start lookups on the grid. */
abstract class NumericRange implements Dimension {

    /** Relative tolerance, in steps, within which a value counts as lying on the grid. */
    static final double GRID_TOLERANCE = 1e-9;

    private final String name;
    private final int size;

    NumericRange(String name, int size) {
        this.name = name;
        this.size = size;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final boolean isNumeric() {
        return true;
    }

    @Override
    public final String label(int index) {
        return String.valueOf(value(index));
    }

    /** Returns the value at {@code index} as a double, for distance computations. */
    abstract double doubleValue(int index);

    /** Returns the fractional index of {@code v}, where integer results are grid values. */
    abstract double fractionalIndex(double v);

    final void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(
                    "index " + index + " is outside dimension '" + name + "' of " + size + " values");
        }
    }

    @Override
    public final int nearestIndexOf(Object value) {
        double v = toDouble(value);
        double position = fractionalIndex(v);
        if (!(position >= -GRID_TOLERANCE && position <= size - 1 + GRID_TOLERANCE)) {
            throw new IllegalArgumentException("value " + value + " is outside dimension '" + name
                    + "', which ranges from " + value(0) + " to " + value(size - 1));
        }
        long nearest = Math.round(position);
        return (int) Math.max(0, Math.min(size - 1, nearest));
    }

    @Override
    public final OptionalInt exactIndexOf(Object value) {
        if (!(value instanceof Number) && !(value instanceof String)) {
            return OptionalInt.empty();
        }
        double v;
        try {
            v = toDouble(value);
        } catch (IllegalArgumentException e) {
            return OptionalInt.empty();
        }
        double position = fractionalIndex(v);
        long nearest = Math.round(position);
        if (!Double.isFinite(position) || nearest < 0 || nearest >= size
                || Math.abs(position - nearest) > 1e-6) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) nearest);
    }

    private double toDouble(Object value) {
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof String) {
            try {
                return Double.parseDouble(((String) value).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("value '" + value + "' of dimension '" + name
                        + "' is not a number", e);
            }
        }
        throw new IllegalArgumentException("value " + value + " of dimension '" + name
                + "' is not a number but " + (value == null ? "null" : value.getClass().getName()));
    }
}
