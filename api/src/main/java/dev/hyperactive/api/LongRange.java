package dev.hyperactive.api;

/** The integers {@code from, from + step, ...} up to {@code to}, as {@code Long} values. */
final class LongRange extends NumericRange {

    private final long from;
    private final long step;

    LongRange(String name, long from, long step, int size) {
        super(name, size);
        this.from = from;
        this.step = step;
    }

    @Override
    public Long value(int index) {
        checkIndex(index);
        return from + index * step;
    }

    @Override
    double doubleValue(int index) {
        return from + (double) index * step;
    }

    @Override
    double fractionalIndex(double v) {
        return (v - from) / step;
    }

    @Override
    public Class<?> valueType() {
        return Long.class;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LongRange && ((LongRange) o).name().equals(name())
                && ((LongRange) o).from == from && ((LongRange) o).step == step
                && ((LongRange) o).size() == size();
    }

    @Override
    public int hashCode() {
        return ((name().hashCode() * 31 + Long.hashCode(from)) * 31 + Long.hashCode(step)) * 31 + size();
    }

    @Override
    public String toString() {
        return name() + ": longs " + from + " to " + value(size() - 1) + " step " + step;
    }
}
