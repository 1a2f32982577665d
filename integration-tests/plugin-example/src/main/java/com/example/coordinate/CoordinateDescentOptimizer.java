package com.example.coordinate;

import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Random coordinate descent: each proposal moves the best position so far along one randomly chosen
 * dimension, by {@code step} times that dimension's index range in a random direction. After
 * {@code 2 * dimensions} proposals in a row without improvement the step shrinks by
 * {@code shrink}; once it is below one index in every dimension it starts again at {@code step}.
 * A categorical dimension switches to another category drawn uniformly.
 *
 * <p>The spec is immutable: {@code new CoordinateDescentOptimizer().step(0.1)} returns a new spec.
 */
public final class CoordinateDescentOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "coordinate_descent";

    /** The default of {@link #step(double)}. */
    public static final double DEFAULT_STEP = 0.25;

    /** The default of {@link #shrink(double)}. */
    public static final double DEFAULT_SHRINK = 0.5;

    private final double step;
    private final double shrink;

    /** Creates the spec with the default step and shrink factor. */
    public CoordinateDescentOptimizer() {
        this(DEFAULT_STEP, DEFAULT_SHRINK);
    }

    private CoordinateDescentOptimizer(double step, double shrink) {
        this.step = step;
        this.shrink = shrink;
    }

    /**
     * Returns a spec with the initial step, as a fraction of each dimension's index range.
     *
     * @throws IllegalArgumentException if {@code step} is not in (0, 1]
     */
    public CoordinateDescentOptimizer step(double step) {
        if (!(step > 0 && step <= 1)) {
            throw new IllegalArgumentException("step must be in (0, 1]: " + step);
        }
        return new CoordinateDescentOptimizer(step, shrink);
    }

    /**
     * Returns a spec with the factor that the step is multiplied by after a round without improvement.
     *
     * @throws IllegalArgumentException if {@code shrink} is not in (0, 1)
     */
    public CoordinateDescentOptimizer shrink(double shrink) {
        if (!(shrink > 0 && shrink < 1)) {
            throw new IllegalArgumentException("shrink must be in (0, 1): " + shrink);
        }
        return new CoordinateDescentOptimizer(step, shrink);
    }

    /** Returns the initial step. */
    public double step() {
        return step;
    }

    /** Returns the shrink factor. */
    public double shrink() {
        return shrink;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns {@code step} and {@code shrink}, in that order. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("step", step);
        parameters.put("shrink", shrink);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoordinateDescentOptimizer other && other.step == step && other.shrink == shrink;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(step) * 31 + Double.hashCode(shrink);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
