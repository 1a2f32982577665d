package dev.hyperactive.api;

import java.math.BigDecimal;

/**
 * {@code count} doubles from {@code from} to {@code to}, evenly spaced on a logarithmic scale.
 *
 * <p>Both ends are exact. The value at index i is {@code from * 10^(i * d)} with
 * {@code d = (log10(to) - log10(from)) / (count - 1)}. When {@code i * d} is a whole number k, the
 * value is the double nearest to the exact decimal {@code from * 10^k}, so {@code logDoubles(1e-4,
 * 1e-1, 4)} gives exactly 0.001 and 0.01; otherwise it is {@code 10^(log10(from) + i * d)}.
 */
final class LogDoubleRange extends NumericRange {

    private final double from;
    private final double to;
    private final double logFrom;
    private final double logStep;
    private final BigDecimal fromDecimal;

    private LogDoubleRange(String name, double from, double to, int count) {
        super(name, count);
        this.from = from;
        this.to = to;
        this.logFrom = Math.log10(from);
        this.logStep = count == 1 ? 0 : (Math.log10(to) - logFrom) / (count - 1);
        this.fromDecimal = BigDecimal.valueOf(from);
    }

    static LogDoubleRange of(String name, double from, double to, int count) {
        if (!(from > 0) || !(to > 0) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("dimension '" + name
                    + "' must have positive finite bounds on a log scale: from " + from + " to " + to);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count of dimension '" + name + "' must be positive: " + count);
        }
        if (from > to || (count == 1 && from != to)) {
            throw new IllegalArgumentException("dimension '" + name + "' must have from < to, or from == to"
                    + " with count 1: from " + from + ", to " + to + ", count " + count);
        }
        if (count > 1 && from == to) {
            throw new IllegalArgumentException("dimension '" + name + "' has from == to (" + from
                    + "), so its count must be 1: " + count);
        }
        return new LogDoubleRange(name, from, to, count);
    }

    @Override
    public Double value(int index) {
        checkIndex(index);
        return doubleValue(index);
    }

    @Override
    double doubleValue(int index) {
        if (index == 0) {
            return from;
        }
        if (index == size() - 1) {
            return to;
        }
        double exponent = index * logStep;
        double decades = Math.rint(exponent);
        if (Math.abs(exponent - decades) < 1e-9 && Math.abs(decades) < 300) {
            return fromDecimal.scaleByPowerOfTen((int) decades).doubleValue();
        }
        return Math.pow(10, logFrom + exponent);
    }

    @Override
    double fractionalIndex(double v) {
        if (!(v > 0)) {
            return Double.NaN;
        }
        if (size() == 1) {
            return Math.abs(v - from) <= GRID_TOLERANCE * from ? 0 : Double.NaN;
        }
        return (Math.log10(v) - logFrom) / logStep;
    }

    @Override
    public Class<?> valueType() {
        return Double.class;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogDoubleRange && ((LogDoubleRange) o).name().equals(name())
                && Double.compare(((LogDoubleRange) o).from, from) == 0
                && Double.compare(((LogDoubleRange) o).to, to) == 0 && ((LogDoubleRange) o).size() == size();
    }

    @Override
    public int hashCode() {
        return ((name().hashCode() * 31 + Double.hashCode(from)) * 31 + Double.hashCode(to)) * 31 + size();
    }

    @Override
    public String toString() {
        return name() + ": " + size() + " log-spaced doubles " + from + " to " + to;
    }
}
