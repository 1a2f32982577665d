package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Lipschitz optimization: it proposes the candidate with the highest upper bound that a Lipschitz
 * constant estimated from the evaluations puts on the score.
 *
 * <p>Positions are compared in normalized coordinates: a numeric index {@code i} of a dimension of
 * {@code size} values becomes {@code i / (size - 1)}, and two categories differ by 1 when they are
 * not equal. The distance is Euclidean in these coordinates. The Lipschitz constant {@code L} is the
 * largest {@code |y_i - y_j| / dist(x_i, x_j)} over all pairs of evaluated points with finite scores,
 * kept up to date as points arrive (each new point is compared with the n stored ones). The upper
 * bound of a candidate {@code c} is {@code min_i (y_i + L * dist(c, x_i))}, and the candidate with
 * the highest bound is proposed.
 *
 * <p>The space is never listed. Each proposal scores a fresh sample of candidates: by default 1,000
 * uniform random positions and 100 hill-climbing steps from the best point (step sizes 0.01, 0.03
 * and 0.1 of each dimension's range, in turn), and fewer of both in the same proportion when the
 * count is lowered. The count is capped by {@code sampling} and
 * {@code max_sample_size}, and it shrinks when many points are stored so that candidates times
 * stored points stays at or below {@value LipschitzRun#PAIR_BUDGET}, with at least
 * {@value LipschitzRun#MIN_CANDIDATES} candidates; at 1,000 stored points that is 300 candidates.
 * A candidate stops being scored as soon as its bound cannot beat the best candidate so far, and a
 * candidate that equals an evaluated point or violates a constraint is skipped. With
 * {@code warm_start_smbo} the context's prior observations (a memory warm start or an earlier
 * strategy stage) are stored as points without being evaluated again. NaN and infinite scores are
 * left out.
 *
 * <p>Departures from Gradient-Free-Optimizers: it scores a candidate set fixed after the
 * initialization (the whole space when it has at most {@code max_sample_size} positions, a random
 * sub-grid otherwise) and measures distances in raw indices; here candidates are drawn per
 * proposal and distances are normalized per dimension, so dimensions of different sizes weigh the
 * same.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class LipschitzOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "lipschitz_optimizer";

    private final int maxSampleSize;
    private final int sampling;
    private final boolean warmStart;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: max_sample_size 10,000,000,
     * sampling 1,000,000, and warm_start_smbo on.
     */
    public LipschitzOptimizer() {
        this(10_000_000, 1_000_000, true);
    }

    private LipschitzOptimizer(int maxSampleSize, int sampling, boolean warmStart) {
        this.maxSampleSize = maxSampleSize;
        this.sampling = sampling;
        this.warmStart = warmStart;
    }

    /**
     * Returns a spec whose candidate count per proposal is at most {@code size}
     * ({@code max_sample_size}).
     *
     * @throws IllegalArgumentException if {@code size} is not positive
     */
    public LipschitzOptimizer maxSampleSize(int size) {
        Checks.positive("max_sample_size", size);
        return new LipschitzOptimizer(size, sampling, warmStart);
    }

    /**
     * Returns a spec whose candidate count per proposal is at most {@code count} ({@code sampling},
     * the count of Gradient-Free-Optimizers' {@code {"random": count}}).
     *
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public LipschitzOptimizer sampling(int count) {
        Checks.positive("sampling", count);
        return new LipschitzOptimizer(maxSampleSize, count, warmStart);
    }

    /** Returns a spec that does or does not use the context's prior observations ({@code warm_start_smbo}). */
    public LipschitzOptimizer warmStart(boolean warmStart) {
        return new LipschitzOptimizer(maxSampleSize, sampling, warmStart);
    }

    /** Returns the cap on the candidate count per proposal from {@code max_sample_size}. */
    public int maxSampleSize() {
        return maxSampleSize;
    }

    /** Returns the cap on the candidate count per proposal from {@code sampling}. */
    public int sampling() {
        return sampling;
    }

    /** Returns whether prior observations are stored as points. */
    public boolean warmStart() {
        return warmStart;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns {@code max_sample_size}, {@code sampling} and {@code warm_start_smbo}, in that order. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("max_sample_size", maxSampleSize);
        parameters.put("sampling", sampling);
        parameters.put("warm_start_smbo", warmStart);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LipschitzOptimizer)) {
            return false;
        }
        LipschitzOptimizer other = (LipschitzOptimizer) o;
        return other.maxSampleSize == maxSampleSize && other.sampling == sampling && other.warmStart == warmStart;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxSampleSize, sampling, warmStart);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
