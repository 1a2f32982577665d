package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.EarlyStopping;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;

/**
 * The early-stopping rule of {@link EarlyStopping}, updated in constant time per score: S is the
 * job's finite scores, and {@code bestSoFar[i]} is the maximum of its first i + 1 entries.
 */
final class EarlyStoppingRule {

    private final int n;
    private final double tolAbs;
    private final double tolRel;
    private final DoubleArrayList bestSoFar = new DoubleArrayList();
    private double best = Double.NEGATIVE_INFINITY;
    private int bestFirstIndex = -1;

    EarlyStoppingRule(EarlyStopping rule) {
        this.n = rule.nIterNoChange();
        this.tolAbs = rule.tolAbs().orElse(Double.NaN);
        this.tolRel = rule.tolRel().orElse(Double.NaN);
    }

    /** Adds the score of the latest iteration and returns whether the job should stop. */
    boolean shouldStop(double score) {
        if (!Double.isFinite(score)) {
            return false;
        }
        int index = bestSoFar.size();
        if (bestFirstIndex < 0 || score > best) {
            best = score;
            bestFirstIndex = index;
        }
        bestSoFar.add(best);

        int count = index + 1;
        if (count <= n) {
            return false;
        }
        if (count - bestFirstIndex > n) {
            return true;
        }

        double earlierBest = bestSoFar.get(count - n - 1);
        if (!Double.isNaN(tolAbs) && Math.abs(best - earlierBest) < tolAbs) {
            return true;
        }
        return !Double.isNaN(tolRel) && earlierBest != 0
                && 100 * (best - earlierBest) / Math.abs(earlierBest) < tolRel;
    }
}
