package dev.hyperactive.api;

/** The integers {@code from, from + step, ...} up to {@code to}, as {@code Integer} values. */
final class IntegerRange extends NumericRange {

    private final int from;
    private final int step;

    IntegerRange(String name, int from, int step, int size) {
        super(name, size);
        this.from = from;
        this.step = step;
    }

    @Override
    public Integer value(int index) {
        checkIndex(index);
        return (int) (from + (long) index * step);
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
        return Integer.class;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntegerRange && ((IntegerRange) o).name().equals(name())
                && ((IntegerRange) o).from == from && ((IntegerRange) o).step == step
                && ((IntegerRange) o).size() == size();
    }

    @Override
    public int hashCode() {
        return ((name().hashCode() * 31 + from) * 31 + step) * 31 + size();
    }

    @Override
    public String toString() {
        return name() + ": integers " + from + " to " + value(size() - 1) + " step " + step;
    }
}
