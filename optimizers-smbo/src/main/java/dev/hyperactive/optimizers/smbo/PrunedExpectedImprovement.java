package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;

/**
 * Rates candidates by the logarithm of the expected improvement under a {@link GaussianProcess},
 * computing the exact O(n^2) standard deviation only for the candidates that can still be the
 * highest rated.
 *
 * <p>Repeated positions are rated once, at their first occurrence, and -inf elsewhere. Expected
 * improvement grows with both mean and standard deviation, so the rating at an upper bound of the
 * standard deviation bounds the exact rating. The steps:
 * <ol>
 *   <li>Every distinct candidate gets its covariances with the observations, kept for the later
 *       steps, its exact posterior mean and a bound from its nearest observation, in O(n)
 *       (see {@link GaussianProcess#varianceBound}).</li>
 *   <li>In the order of these bounds, highest first, each candidate gets a tighter bound from its
 *       {@value NearestVarianceBound#NEAREST} nearest observations. If that still reaches the best
 *       exact rating so far, the candidate is predicted exactly, in blocks of {@value #BLOCK} (the
 *       first block of {@value #FIRST_BLOCK}, to find a rating to beat soon). The pass stops at the
 *       first candidate whose first bound is below the best exact rating.</li>
 * </ol>
 * Every bound gets a margin of {@value #MARGIN}. The candidates left out are rated -inf, below the
 * best exact rating, so the highest rated candidate, and the first among equals, is the one that
 * rating every candidate exactly would choose, with the same value.
 *
 * <p>In the 2-D runs of the benchmark's W1 workload (100 iterations), once about 50 observations
 * are in, every candidate lies far in the tail of the posterior (log expected improvement -50 to
 * -130), and the fitted noise is large. There the variance given the nearest observations alone
 * was so loose that nearly all of about 870 distinct candidates were predicted exactly. With the
 * projected bounds about 150 get the tighter bound and 10 to 50 the exact prediction.
 */
final class PrunedExpectedImprovement {

    /** The number of candidates predicted exactly together. */
    static final int BLOCK = 32;

    /** The number of candidates predicted exactly first, to find a rating that the others must beat. */
    static final int FIRST_BLOCK = 8;

    /**
     * Added to every bound, in natural-log units: {@link ExpectedImprovement#logValue} switches to an
     * asymptotic series at z = -5, whose error there is below 0.01, so a bound computed on one side
     * of the switch and an exact value on the other could otherwise trade places. The bounds are
     * computed with {@link ExpectedImprovement#logValueBound}, which is at least as high.
     */
    static final double MARGIN = 0.01;

    private double[] mean = new double[0];
    private double[] std = new double[0];
    private float[] ceiling = new float[0];
    private long[] order = new long[0];
    private final int[] selected = new int[BLOCK];
    private final FirstOccurrences firstOccurrences = new FirstOccurrences();
    private int[] unique = new int[0];
    private double[] rows = new double[0];
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
        int n = process.size();
        ensureCapacity(count, n);
        Arrays.fill(acquisition, 0, count, Double.NEGATIVE_INFINITY);
        int distinct = firstOccurrences.find(candidates, unique);
        process.prepareBounds();

        for (int u = 0; u < distinct; u++) {
            int i = unique[u];
            process.covariances(candidates, i, rows, i * n);
            mean[i] = process.mean(rows, i * n);
            ceiling[i] = ceiling(mean[i], process.varianceBound(rows, i * n, 1), best, xi);
            order[u] = sortKey(ceiling[i], i);
        }
        Arrays.sort(order, 0, distinct);

        double highest = Double.NEGATIVE_INFINITY;
        int pending = 0;
        int exact = 0;
        for (int u = 0; u < distinct && !(ceiling[(int) order[u]] < highest); u++) {
            int i = (int) order[u];
            double variance = process.varianceBound(rows, i * n, NearestVarianceBound.NEAREST);
            float tighter = ceiling(mean[i], variance, best, xi);
            if (tighter < highest) {
                continue;
            }
            selected[pending++] = i;
            if (pending == (exact == 0 ? FIRST_BLOCK : BLOCK)) {
                highest = predictBlock(process, pending, best, xi, acquisition, highest);
                exact += pending;
                pending = 0;
            }
        }
        highest = predictBlock(process, pending, best, xi, acquisition, highest);
        exactCount = exact + pending;
    }

    /** Returns the rating at the bound {@code variance} plus the margin, rounded up to a float. */
    private static float ceiling(double mean, double variance, double best, double xi) {
        return roundUp(ExpectedImprovement.logValueBound(mean, Math.sqrt(variance), best, xi) + MARGIN);
    }

    /**
     * Predicts the candidates {@code selected[0, m)} exactly, writes their ratings and returns the
     * highest of them and {@code highest}, ignoring NaN ratings.
     */
    private double predictBlock(GaussianProcess process, int m, double best, double xi, double[] acquisition,
            double highest) {
        process.predictStd(rows, selected, m, std);
        for (int j = 0; j < m; j++) {
            int c = selected[j];
            double rating = ExpectedImprovement.logValue(mean[c], std[c], best, xi);
            acquisition[c] = rating;
            if (rating > highest) {
                highest = rating;
            }
        }
        return highest;
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

    private void ensureCapacity(int count, int n) {
        if (mean.length < count) {
            mean = new double[count];
            std = new double[count];
            ceiling = new float[count];
            order = new long[count];
            unique = new int[count];
        }
        long cells = (long) count * n;
        if (rows.length < cells) {
            rows = new double[Math.toIntExact(Math.max(cells, Math.min(2L * rows.length, Integer.MAX_VALUE - 8)))];
        }
    }
}
