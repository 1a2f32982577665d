package dev.hyperactive.optimizers.smbo;

import java.util.function.ToDoubleFunction;

/**
 * A small Nelder-Mead minimizer inside a box, for the kernel hyperparameters.
 *
 * <p>Standard coefficients: reflection 1, expansion 2, contraction 0.5, shrink 0.5. Every point it
 * evaluates is clipped to the box first. It stops after a fixed number of function evaluations or
 * when the values at the simplex vertices differ by less than {@value #TOLERANCE}. A function value
 * of NaN counts as +inf.
 */
final class NelderMead {

    private static final double TOLERANCE = 1e-6;

    private final double[] lower;
    private final double[] upper;
    private final int maxEvaluations;

    /** Creates a minimizer over the box {@code [lower, upper]} with an evaluation budget. */
    NelderMead(double[] lower, double[] upper, int maxEvaluations) {
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.maxEvaluations = maxEvaluations;
    }

    /** The point with the lowest value found, and that value. */
    record Result(double[] point, double value) {
    }

    /**
     * Minimizes {@code function} from {@code start}, with an initial simplex of steps of
     * {@code step} along each axis (taken towards the box's interior where the box ends).
     */
    Result minimize(ToDoubleFunction<double[]> function, double[] start, double step) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = clip(start);
        for (int i = 0; i < n; i++) {
            double[] vertex = simplex[0].clone();
            vertex[i] += vertex[i] + step <= upper[i] ? step : -step;
            simplex[i + 1] = clip(vertex);
        }
        int evaluations = 0;
        for (int i = 0; i <= n; i++) {
            values[i] = evaluate(function, simplex[i]);
            evaluations++;
        }

        double[] centroid = new double[n];
        while (evaluations < maxEvaluations) {
            sort(simplex, values);
            if (values[n] - values[0] < TOLERANCE) {
                break;
            }
            centroidOfBest(simplex, centroid);

            double[] reflected = along(centroid, simplex[n], -1);
            double reflectedValue = evaluate(function, reflected);
            evaluations++;
            if (reflectedValue < values[0]) {
                double[] expanded = along(centroid, simplex[n], -2);
                double expandedValue = evaluate(function, expanded);
                evaluations++;
                boolean expandedBetter = expandedValue < reflectedValue;
                replaceWorst(simplex, values, expandedBetter ? expanded : reflected,
                        expandedBetter ? expandedValue : reflectedValue);
            } else if (reflectedValue < values[n - 1]) {
                replaceWorst(simplex, values, reflected, reflectedValue);
            } else {
                boolean outside = reflectedValue < values[n];
                double[] contracted = along(centroid, outside ? reflected : simplex[n], 0.5);
                double contractedValue = evaluate(function, contracted);
                evaluations++;
                if (contractedValue < Math.min(reflectedValue, values[n])) {
                    replaceWorst(simplex, values, contracted, contractedValue);
                } else {
                    for (int i = 1; i <= n; i++) {
                        simplex[i] = along(simplex[0], simplex[i], 0.5);
                        values[i] = evaluate(function, simplex[i]);
                        evaluations++;
                    }
                }
            }
        }

        sort(simplex, values);
        return new Result(simplex[0], values[0]);
    }

    /** Returns the clipped point {@code from + factor * (to - from)}. */
    private double[] along(double[] from, double[] to, double factor) {
        double[] point = new double[from.length];
        for (int i = 0; i < point.length; i++) {
            point[i] = from[i] + factor * (to[i] - from[i]);
        }
        return clip(point);
    }

    private double[] clip(double[] point) {
        double[] clipped = point.clone();
        for (int i = 0; i < clipped.length; i++) {
            clipped[i] = Math.min(upper[i], Math.max(lower[i], clipped[i]));
        }
        return clipped;
    }

    private static double evaluate(ToDoubleFunction<double[]> function, double[] point) {
        double value = function.applyAsDouble(point);
        return value == value ? value : Double.POSITIVE_INFINITY;
    }

    private static void centroidOfBest(double[][] simplex, double[] centroid) {
        int n = centroid.length;
        java.util.Arrays.fill(centroid, 0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                centroid[j] += simplex[i][j] / n;
            }
        }
    }

    private static void replaceWorst(double[][] simplex, double[] values, double[] point, double value) {
        simplex[values.length - 1] = point;
        values[values.length - 1] = value;
    }

    /** Sorts the vertices by value, lowest first (insertion sort: the simplex is small and nearly sorted). */
    private static void sort(double[][] simplex, double[] values) {
        for (int i = 1; i < values.length; i++) {
            double value = values[i];
            double[] vertex = simplex[i];
            int j = i - 1;
            while (j >= 0 && values[j] > value) {
                values[j + 1] = values[j];
                simplex[j + 1] = simplex[j];
                j--;
            }
            values[j + 1] = value;
            simplex[j + 1] = vertex;
        }
    }
}
