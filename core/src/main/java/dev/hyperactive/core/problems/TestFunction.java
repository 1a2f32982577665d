package dev.hyperactive.core.problems;

import java.util.Locale;

/**
 * The unshifted loss functions of the test suite, each with minimum 0 and its usual domain.
 *
 * <ul>
 *   <li>sphere: {@code sum(x^2)} on [-5.12, 5.12]</li>
 *   <li>ackley: {@code -20 exp(-0.2 sqrt(mean(x^2))) - exp(mean(cos(2 pi x))) + 20 + e} on
 *       [-32.768, 32.768]</li>
 *   <li>rastrigin: {@code 10 n + sum(x^2 - 10 cos(2 pi x))} on [-5.12, 5.12]</li>
 *   <li>rosenbrock: {@code sum(100 (x[i+1] - x[i]^2)^2 + (1 - x[i])^2)} on [-5, 10], minimum at
 *       x = 1</li>
 * </ul>
 */
public enum TestFunction {
    SPHERE(-5.12, 5.12, 0) {
        @Override
        public double loss(double[] x) {
            double sum = 0;
            for (double v : x) {
                sum += v * v;
            }
            return sum;
        }
    },
    ACKLEY(-32.768, 32.768, 0) {
        @Override
        public double loss(double[] x) {
            double squares = 0;
            double cosines = 0;
            for (double v : x) {
                squares += v * v;
                cosines += Math.cos(2 * Math.PI * v);
            }
            int n = x.length;
            double value = -20 * Math.exp(-0.2 * Math.sqrt(squares / n)) - Math.exp(cosines / n) + 20 + Math.E;
            // The formula gives about 4e-16 at the optimum; report the exact minimum there.
            return Math.abs(value) < 1e-12 ? 0 : value;
        }
    },
    RASTRIGIN(-5.12, 5.12, 0) {
        @Override
        public double loss(double[] x) {
            double sum = 10.0 * x.length;
            for (double v : x) {
                sum += v * v - 10 * Math.cos(2 * Math.PI * v);
            }
            return Math.abs(sum) < 1e-12 ? 0 : sum;
        }
    },
    ROSENBROCK(-5, 10, 1) {
        @Override
        public double loss(double[] x) {
            double sum = 0;
            for (int i = 0; i + 1 < x.length; i++) {
                double a = x[i + 1] - x[i] * x[i];
                double b = 1 - x[i];
                sum += 100 * a * a + b * b;
            }
            return sum;
        }
    };

    private final double lower;
    private final double upper;
    private final double optimumOffset;

    TestFunction(double lower, double upper, double optimumOffset) {
        this.lower = lower;
        this.upper = upper;
        this.optimumOffset = optimumOffset;
    }

    /** Returns the loss at {@code x}, 0 at the unshifted optimum. */
    public abstract double loss(double[] x);

    /** Returns the lower bound of every dimension. */
    public double lower() {
        return lower;
    }

    /** Returns the upper bound of every dimension. */
    public double upper() {
        return upper;
    }

    /** Returns the coordinate of the unshifted optimum in every dimension: 1 for Rosenbrock, else 0. */
    public double optimumOffset() {
        return optimumOffset;
    }

    /** Returns the lower-case name used on the command line, such as {@code "sphere"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the function named {@code id}, ignoring case.
     *
     * @throws IllegalArgumentException listing the known names if there is none
     */
    public static TestFunction byId(String id) {
        for (TestFunction function : values()) {
            if (function.id().equalsIgnoreCase(id.trim())) {
                return function;
            }
        }
        throw new IllegalArgumentException("unknown problem '" + id
                + "'; known problems: sphere, ackley, rastrigin, rosenbrock");
    }
}
