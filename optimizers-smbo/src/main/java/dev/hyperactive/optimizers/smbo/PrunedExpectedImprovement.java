package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;

/**
 * Rates candidates by the logarithm of the expected improvement under a {@link GaussianProcess},
 * computing the exact O(n^2) standard deviation only for the candidates that can still be the
 * highest rated.
 *
 * <p>Repeated positions are rated once, at their first occurrence, and -inf elsewhere. First every
 * distinct candidate gets its exact posterior mean and an upper bound of its standard
 * deviation in O(n) (see {@link GaussianProcess#predictMeanAndBound}). Expected improvement grows
 * with both mean and standard deviation, so the rating at the bound bounds the exact rating.
 * Candidates are then predicted exactly in blocks, highest bound first, until the next bound (plus
 * a margin of {@value #MARGIN}) is below the best exact rating so far. The candidates left out are
 * rated -inf, below that best. The highest rated candidate, and the first among equals, is the one
 * that rating every candidate exactly would choose, with the same value.
 *
 * <p>How much it saves depends on the model. Once a smooth function is well modelled, every
 * candidate lies far in the tail of the posterior, with a logarithm of the expected improvement of
 * -30 or less. There a bound of the standard deviation a little too high lifts the rating a lot, so
 * about half of 1,000 candidates are predicted exactly at 100 observations.
 */
final class PrunedExpectedImprovement {

    /** The number of candidates predicted exactly together. */
    static final int BLOCK = 32;

    /**
     * Added to every bound, in natural-log units: {@link ExpectedImprovement#logValue} switches to an
     * asymptotic series at z = -5, whose error there is below 0.01, so a bound computed on one side
     * of the switch and an exact value on the other could otherwise trade places.
     */
    static final double MARGIN = 0.01;

    private double[] mean = new double[0];
    private double[] std = new double[0];
    private float[] ceiling = new float[0];
    private long[] order = new long[0];
    private final int[] selected = new int[BLOCK];
    private final FirstOccurrences firstOccurrences = new FirstOccurrences();
    private int[] unique = new int[0];
    private int exactCount;

    /** Returns how many candidates the last {@link #rate} predicted exactly; for tests and diagnostics. */
    int exactCount() {
        return exactCount;
    }

    /**
     * Writes the logarithm of the expected improvement over {@code best} with margin {@code xi} into
     * {@code acquisition[0, candidates.size())}, exact for every candidate that can be the highest
     * and -inf for the others. Requires a successful fit of {@code process}.
     */
    void rate(GaussianProcess process, Candidates candidates, double best, double xi, double[] acquisition) {
        int count = candidates.size();
        ensureCapacity(count);
        Arrays.fill(acquisition, 0, count, Double.NEGATIVE_INFINITY);
        int distinct = firstOccurrences.find(candidates, unique);
        process.predictMeanAndBound(candidates, unique, distinct, mean, std);
        for (int u = 0; u < distinct; u++) {
            int i = unique[u];
            double bound = ExpectedImprovement.logValue(mean[i], std[i], best, xi);
            ceiling[i] = roundUp(bound + MARGIN);
            order[u] = sortKey(ceiling[i], i);
        }
        Arrays.sort(order, 0, distinct);
        count = distinct;

        boolean found = false;
        double highest = Double.NEGATIVE_INFINITY;
        int next = 0;
        while (next < count && !(found && ceiling[(int) order[next]] < highest)) {
            int m = Math.min(BLOCK, count - next);
            for (int j = 0; j < m; j++) {
                selected[j] = (int) order[next + j];
            }
            process.predictSelected(candidates, selected, m, mean, std);
            for (int j = 0; j < m; j++) {
                int c = selected[j];
                double rating = ExpectedImprovement.logValue(mean[c], std[c], best, xi);
                acquisition[c] = rating;
                if (rating == rating && (!found || rating > highest)) {
                    found = true;
                    highest = rating;
                }
            }
            next += m;
        }
        exactCount = next;
    }

    /** Returns the smallest float at or above {@code value}; NaN becomes -inf. */
    private static float roundUp(double value) {
        if (value != value) {
            return Float.NEGATIVE_INFINITY;
        }
        float rounded = (float) value;
        return rounded < value ? Math.nextUp(rounded) : rounded;
    }

    /**
     * Returns a key that sorts by {@code ceiling} descending, then by index ascending; the index is
     * the low 32 bits.
     */
    private static long sortKey(float ceiling, int index) {
        int bits = Float.floatToIntBits(ceiling);
        int ascending = bits ^ ((bits >> 31) & 0x7fffffff);
        return ((long) ~ascending << 32) | index;
    }

    private void ensureCapacity(int count) {
        if (mean.length < count) {
            mean = new double[count];
            std = new double[count];
            ceiling = new float[count];
            order = new long[count];
            unique = new int[count];
        }
    }
}
