package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;

/**
 * The observations a surrogate model learns from: positions with finite scores, in growing primitive
 * arrays.
 *
 * <p>Each position is stored twice: as indices, and normalized to [0, 1] per dimension as
 * {@code index / (size - 1)} (0.5 for a dimension of one value), row after row in one array.
 * NaN and infinite scores are left out by {@link #add(int[], double)}. Observations are only ever
 * appended, in the order they arrive, so a model may reuse work done on the first {@code n} rows.
 */
final class TrainingData {

    private static final int INITIAL_CAPACITY = 64;

    private final int[] sizes;
    private final int dimensions;
    private int count;
    private int[] indices;
    private double[] normalized;
    private double[] scores;
    private double[] sorted = new double[0];
    private double minScore = Double.POSITIVE_INFINITY;
    private double maxScore = Double.NEGATIVE_INFINITY;

    /** Creates empty training data for a space with the given dimension sizes. */
    TrainingData(int[] sizes) {
        this.sizes = sizes.clone();
        this.dimensions = sizes.length;
        this.indices = new int[INITIAL_CAPACITY * dimensions];
        this.normalized = new double[INITIAL_CAPACITY * dimensions];
        this.scores = new double[INITIAL_CAPACITY];
    }

    /**
     * Appends an observation if its score is finite.
     *
     * @return whether it was added
     */
    boolean add(int[] position, double score) {
        if (!Double.isFinite(score)) {
            return false;
        }
        if (count == scores.length) {
            grow();
        }

        int offset = count * dimensions;
        for (int d = 0; d < dimensions; d++) {
            indices[offset + d] = position[d];
            normalized[offset + d] = normalize(position[d], sizes[d]);
        }
        scores[count] = score;
        minScore = Math.min(minScore, score);
        maxScore = Math.max(maxScore, score);
        count++;
        return true;
    }

    /** Returns {@code index / (size - 1)}, or 0.5 for a dimension of one value. */
    static double normalize(int index, int size) {
        return size == 1 ? 0.5 : (double) index / (size - 1);
    }

    /** Returns the number of observations. */
    int size() {
        return count;
    }

    /** Returns the number of dimensions. */
    int dimensions() {
        return dimensions;
    }

    /** Returns the size of every dimension; the array is shared, do not modify it. */
    int[] dimensionSizes() {
        return sizes;
    }

    /**
     * Returns the normalized positions, row {@code i} at {@code [i * dimensions(), (i + 1) *
     * dimensions())}. Only the first {@code size() * dimensions()} entries are valid. The array is
     * shared and replaced when it grows: read it again after an {@link #add(int[], double)}.
     */
    double[] normalizedPositions() {
        return normalized;
    }

    /** Returns the raw scores; only the first {@link #size()} entries are valid. The array is shared. */
    double[] scores() {
        return scores;
    }

    /** Returns index {@code d} of observation {@code i}. */
    int index(int i, int d) {
        return indices[i * dimensions + d];
    }

    /** Copies the indices of observation {@code i} into {@code target}. */
    void copyPosition(int i, int[] target) {
        System.arraycopy(indices, i * dimensions, target, 0, dimensions);
    }

    /** Returns the score of observation {@code i}. */
    double score(int i) {
        return scores[i];
    }

    /** Returns the lowest score, or +inf when empty. */
    double minScore() {
        return minScore;
    }

    /** Returns the highest score, or -inf when empty. */
    double maxScore() {
        return maxScore;
    }

    /**
     * Returns whether a model can learn anything: at least two observations whose scores are not
     * all equal.
     */
    boolean isInformative() {
        return count >= 2 && maxScore > minScore;
    }

    /**
     * Writes the scores min-max normalized to [0, 1] into {@code target}, which needs at least
     * {@link #size()} entries. Requires {@link #isInformative()}.
     */
    void normalizedScores(double[] target) {
        double range = maxScore - minScore;
        for (int i = 0; i < count; i++) {
            target[i] = (scores[i] - minScore) / range;
        }
    }

    /**
     * Writes the Gaussian rank scores of the observations into {@code target}, which needs at least
     * {@link #size()} entries, and returns the highest of them. Requires {@link #isInformative()}.
     *
     * <p>An observation with {@code below} lower and {@code equal} equal scores (itself included)
     * gets the standard normal quantile of {@code (below + equal / 2) / n}. The scores then spread
     * like a standard normal sample whatever their scale, offset or outliers: a few very bad scores
     * no longer squeeze all the others towards the top, as min-max normalization does. Costs
     * O(n log n).
     */
    double gaussianRankScores(double[] target) {
        if (sorted.length < count) {
            sorted = new double[scores.length];
        }
        System.arraycopy(scores, 0, sorted, 0, count);
        Arrays.sort(sorted, 0, count);

        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            int below = lowerBound(scores[i]);
            int equal = lowerBound(Math.nextUp(scores[i])) - below;
            target[i] = ExpectedImprovement.quantile((below + equal / 2.0) / count);
            best = Math.max(best, target[i]);
        }
        return best;
    }

    /** Returns the number of entries of {@link #sorted} below {@code value}. */
    private int lowerBound(double value) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Writes the indices of the {@code k} best observations into {@code target}, best first; ties
     * keep the earlier observation first. Returns how many were written, {@code min(k, size())}.
     * Costs O(size() * k).
     */
    int bestObservations(int k, int[] target) {
        int found = 0;
        for (int i = 0; i < count; i++) {
            double score = scores[i];
            if (found == k && score <= scores[target[found - 1]]) {
                continue;
            }
            int slot = found < k ? found++ : found - 1;
            while (slot > 0 && scores[target[slot - 1]] < score) {
                target[slot] = target[slot - 1];
                slot--;
            }
            target[slot] = i;
        }
        return found;
    }

    private void grow() {
        int capacity = scores.length * 2;
        scores = Arrays.copyOf(scores, capacity);
        indices = Arrays.copyOf(indices, capacity * dimensions);
        normalized = Arrays.copyOf(normalized, capacity * dimensions);
    }
}
