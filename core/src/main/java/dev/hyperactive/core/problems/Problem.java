package dev.hyperactive.core.problems;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.Parameters;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.spi.Checks;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A test function on a grid of {@code steps} evenly spaced values per dimension (both ends
 * included), with its optimum shifted off the centre of the grid.
 *
 * <p>Parameters are named {@code x0, x1, ...}. Value i of every dimension is
 * {@code lower + i * (upper - lower) / (steps - 1)}, computed in decimal. The optimum sits at the grid
 * point whose index in dimension d is {@code round(f_d * (steps - 1))}, with f = 0.71, 0.29, 0.83,
 * 0.17, 0.64 repeating, so that grid initialization and methods that start at the centre do not find
 * it for free. The loss at x is the unshifted loss at {@code x - x_opt + offset}, where the offset is
 * 1 for Rosenbrock and 0 otherwise. The objective returns the negated loss, so the optimum scores 0.
 */
public final class Problem {

    private static final double[] OPTIMUM_FRACTIONS = {0.71, 0.29, 0.83, 0.17, 0.64};

    private final TestFunction function;
    private final int dimensions;
    private final int steps;
    private final SearchSpace space;
    private final double[] optimum;
    private final String[] names;

    private Problem(TestFunction function, int dimensions, int steps) {
        this.function = function;
        this.dimensions = Checks.positive("dims", dimensions);
        if (function == TestFunction.ROSENBROCK && dimensions < 2) {
            throw new IllegalArgumentException("dims of rosenbrock must be at least 2, because its loss couples"
                    + " neighbouring dimensions: " + dimensions);
        }
        if (steps < 2) {
            throw new IllegalArgumentException("steps must be at least 2: " + steps);
        }
        this.steps = steps;

        double step = BigDecimal.valueOf(function.upper()).subtract(BigDecimal.valueOf(function.lower()))
                .divide(BigDecimal.valueOf(steps - 1L), MathContext.DECIMAL64).doubleValue();
        SearchSpace.Builder builder = SearchSpace.builder();
        this.names = new String[dimensions];
        for (int d = 0; d < dimensions; d++) {
            names[d] = "x" + d;
            builder.doubles(names[d], function.lower(), function.upper(), step);
        }
        this.space = builder.build();

        this.optimum = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            int index = optimumIndex(d);
            optimum[d] = (Double) space.dimension(d).value(index);
        }
    }

    /**
     * Returns the problem of {@code function} in {@code dimensions} dimensions with {@code steps}
     * values each.
     *
     * @throws IllegalArgumentException if {@code dimensions < 1} or {@code steps < 2}
     */
    public static Problem of(TestFunction function, int dimensions, int steps) {
        return new Problem(function, dimensions, steps);
    }

    /** Returns the problem named {@code id} (sphere, ackley, rastrigin or rosenbrock). */
    public static Problem of(String id, int dimensions, int steps) {
        return new Problem(TestFunction.byId(id), dimensions, steps);
    }

    /** Returns the index of the optimum in dimension {@code d}. */
    public int optimumIndex(int d) {
        return (int) Math.round(OPTIMUM_FRACTIONS[d % OPTIMUM_FRACTIONS.length] * (steps - 1));
    }

    /** Returns the test function. */
    public TestFunction function() {
        return function;
    }

    /** Returns the name, such as {@code "sphere"}. */
    public String name() {
        return function.id();
    }

    /** Returns the number of dimensions. */
    public int dimensions() {
        return dimensions;
    }

    /** Returns the number of values per dimension. */
    public int steps() {
        return steps;
    }

    /** Returns the search space, with dimensions {@code x0, x1, ...}. */
    public SearchSpace searchSpace() {
        return space;
    }

    /** Returns the shifted loss at the values {@code x}, one per dimension. */
    public double loss(double[] x) {
        double[] shifted = new double[x.length];
        for (int d = 0; d < x.length; d++) {
            shifted[d] = x[d] - optimum[d] + function.optimumOffset();
        }
        return function.loss(shifted);
    }

    /** Returns an objective that scores the negated shifted loss, so that the optimum scores 0. */
    public Objective objective() {
        return this::score;
    }

    private double score(Parameters parameters) {
        double[] x = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            x[d] = parameters.getDouble(names[d]);
        }
        return 0.0 - loss(x);
    }
}
