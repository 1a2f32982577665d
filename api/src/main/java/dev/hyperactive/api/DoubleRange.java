package dev.hyperactive.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The doubles {@code from + i * step} up to {@code to}, each computed in decimal from the index.
 *
 * <p>The value at index {@code i} is the double nearest to the exact decimal {@code from + i * step},
 * where {@code from} and {@code step} are read as their shortest decimal representations. So a step
 * of 0.1 from 0 gives exactly 0.3 at index 3, and a step of 0.1 from -1.0 gives exactly 0.0 at index
 * 10, where repeated addition would give 0.30000000000000004 and 1.3877787807814457E-16.
 */
final class DoubleRange extends NumericRange {

    /** The largest integer up to which every long converts to a double exactly. */
    private static final long EXACT_LONG_LIMIT = 1L << 53;

    private final double from;
    private final double step;
    private final double last;
    private final BigDecimal fromDecimal;
    private final BigDecimal stepDecimal;

    /** Scaled integer form of from and step for the exact fast path, valid when {@code fast}. */
    private final boolean fast;
    private final long scaledFrom;
    private final long scaledStep;
    private final double scaleFactor;

    private DoubleRange(String name, double from, double step, int size, double last) {
        super(name, size);
        this.from = from;
        this.step = step;
        this.last = last;
        this.fromDecimal = BigDecimal.valueOf(from);
        this.stepDecimal = BigDecimal.valueOf(step);

        int scale = Math.max(0, Math.max(fromDecimal.scale(), stepDecimal.scale()));
        boolean exact = scale <= 22;
        long f = 0;
        long s = 0;
        if (exact) {
            BigDecimal scaledF = fromDecimal.setScale(scale, RoundingMode.UNNECESSARY);
            BigDecimal scaledS = stepDecimal.setScale(scale, RoundingMode.UNNECESSARY);
            exact = scaledF.unscaledValue().bitLength() < 54 && scaledS.unscaledValue().bitLength() < 54;
            if (exact) {
                f = scaledF.unscaledValue().longValueExact();
                s = scaledS.unscaledValue().longValueExact();
                double reach = Math.abs((double) f) + (double) (size - 1) * Math.abs((double) s);
                exact = reach < EXACT_LONG_LIMIT;
            }
        }
        this.fast = exact;
        this.scaledFrom = f;
        this.scaledStep = s;
        this.scaleFactor = Math.pow(10, scale);
    }

    /**
     * Creates the range from {@code from} to {@code to}; {@code to} is the last value when it lies
     * within a relative 1e-9 of a step of the grid, and the range never goes past it.
     */
    static DoubleRange of(String name, double from, double to, double step) {
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("dimension '" + name
                    + "' must have finite bounds: from " + from + " to " + to);
        }
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("step of dimension '" + name
                    + "' must be a positive finite number: " + step);
        }
        if (from > to) {
            throw new IllegalArgumentException("dimension '" + name + "' must have from <= to: from "
                    + from + ", to " + to);
        }

        BigDecimal steps = BigDecimal.valueOf(to).subtract(BigDecimal.valueOf(from))
                .divide(BigDecimal.valueOf(step), MathContext.DECIMAL128);
        BigDecimal whole = steps.setScale(0, RoundingMode.FLOOR);
        double fraction = steps.subtract(whole).doubleValue();
        boolean endOnGrid = fraction <= GRID_TOLERANCE || fraction >= 1 - GRID_TOLERANCE;
        if (fraction >= 1 - GRID_TOLERANCE) {
            whole = whole.add(BigDecimal.ONE);
        }
        if (whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE - 1L)) > 0) {
            throw new IllegalArgumentException("dimension '" + name + "' must have at most "
                    + Integer.MAX_VALUE + " values, but from " + from + " to " + to + " step " + step
                    + " gives " + whole.add(BigDecimal.ONE).toPlainString());
        }
        int size = whole.intValueExact() + 1;

        DoubleRange provisional = new DoubleRange(name, from, step, size, Double.NaN);
        double last = endOnGrid ? to : provisional.computed(size - 1);
        return new DoubleRange(name, from, step, size, last);
    }

    @Override
    public Double value(int index) {
        checkIndex(index);
        return doubleValue(index);
    }

    @Override
    double doubleValue(int index) {
        if (index == size() - 1) {
            return last;
        }
        return computed(index);
    }

    private double computed(int index) {
        if (fast) {
            return (scaledFrom + index * scaledStep) / scaleFactor;
        }
        return fromDecimal.add(stepDecimal.multiply(BigDecimal.valueOf(index))).doubleValue();
    }

    @Override
    double fractionalIndex(double v) {
        return (v - from) / step;
    }

    @Override
    public Class<?> valueType() {
        return Double.class;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DoubleRange)) {
            return false;
        }
        DoubleRange other = (DoubleRange) o;
        return other.name().equals(name()) && Double.compare(other.from, from) == 0
                && Double.compare(other.step, step) == 0 && other.size() == size()
                && Double.compare(other.last, last) == 0;
    }

    @Override
    public int hashCode() {
        return ((name().hashCode() * 31 + Double.hashCode(from)) * 31 + Double.hashCode(step)) * 31 + size();
    }

    @Override
    public String toString() {
        return name() + ": doubles " + from + " to " + last + " step " + step;
    }
}
