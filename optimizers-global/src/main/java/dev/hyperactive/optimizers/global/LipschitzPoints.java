package dev.hyperactive.optimizers.global;

import java.util.Arrays;

/**
 * The evaluated points of a Lipschitz run in growing primitive arrays, with the Lipschitz constant
 * kept up to date and the upper bound of a candidate.
 *
 * <p>Coordinates are normalized as {@link LipschitzOptimizer} describes: numeric dimensions to
 * {@code [0, 1]}, categorical dimensions as their index, compared by equality. Dimensions of one
 * value are left out. Adding a point costs O(n) distance computations, and so does a bound.
 */
final class LipschitzPoints {

    private final int[] numeric;
    private final double[] scale;
    private final int[] categorical;
    private final int width;

    /** Row-major coordinates: numeric dimensions first, then categorical ones. */
    private double[] coordinates;
    private double[] scores;
    private int count;
    private double lipschitz;
    private boolean lipschitzKnown;

    /** Creates an empty store for the space of {@code sizes}, with {@code categorical[d]} for categorical dimensions. */
    LipschitzPoints(int[] sizes, boolean[] categoricalDimensions) {
        int numericCount = 0;
        int categoricalCount = 0;
        for (int d = 0; d < sizes.length; d++) {
            if (sizes[d] > 1) {
                if (categoricalDimensions[d]) {
                    categoricalCount++;
                } else {
                    numericCount++;
                }
            }
        }
        this.numeric = new int[numericCount];
        this.scale = new double[numericCount];
        this.categorical = new int[categoricalCount];
        int n = 0;
        int c = 0;
        for (int d = 0; d < sizes.length; d++) {
            if (sizes[d] > 1) {
                if (categoricalDimensions[d]) {
                    categorical[c++] = d;
                } else {
                    scale[n] = 1.0 / (sizes[d] - 1);
                    numeric[n++] = d;
                }
            }
        }
        this.width = numericCount + categoricalCount;
        this.coordinates = new double[16 * Math.max(1, width)];
        this.scores = new double[16];
    }

    /** Returns the number of stored points. */
    int count() {
        return count;
    }

    /** Returns the Lipschitz constant, or 0 while no pair of distinct points is stored. */
    double lipschitz() {
        return lipschitzKnown ? lipschitz : 0;
    }

    /** Returns the index of the stored point with the highest score, or -1 if there is none. */
    int bestIndex() {
        int best = -1;
        for (int i = 0; i < count; i++) {
            if (best < 0 || scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Writes the normalized coordinates of {@code position} into {@code target}. */
    void normalize(int[] position, double[] target) {
        for (int k = 0; k < numeric.length; k++) {
            target[k] = position[numeric[k]] * scale[k];
        }
        for (int k = 0; k < categorical.length; k++) {
            target[numeric.length + k] = position[categorical[k]];
        }
    }

    /** Returns a new array for normalized coordinates. */
    double[] newCoordinates() {
        return new double[width];
    }

    /**
     * Stores a point with a finite score and raises the Lipschitz constant to cover its pairs with
     * every stored point. Points with NaN or infinite scores are ignored.
     */
    void add(double[] normalized, double score) {
        if (!Double.isFinite(score)) {
            return;
        }
        for (int i = 0; i < count; i++) {
            double distance = distance(normalized, i);
            if (distance > 0) {
                double slope = Math.abs(score - scores[i]) / distance;
                if (!lipschitzKnown || slope > lipschitz) {
                    lipschitz = slope;
                    lipschitzKnown = true;
                }
            }
        }

        if (count == scores.length) {
            scores = Arrays.copyOf(scores, count * 2);
            coordinates = Arrays.copyOf(coordinates, count * 2 * Math.max(1, width));
        }
        System.arraycopy(normalized, 0, coordinates, count * width, width);
        scores[count++] = score;
    }

    /**
     * Returns the upper bound {@code min_i (y_i + L * dist)} of the candidate, or negative infinity
     * as soon as it is known to be at most {@code floor} or the candidate equals a stored point.
     */
    double upperBound(double[] candidate, double floor) {
        double lipschitzConstant = lipschitz();
        double bound = Double.POSITIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            double distance = distance(candidate, i);
            if (distance == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            double value = scores[i] + lipschitzConstant * distance;
            if (value < bound) {
                bound = value;
                if (bound <= floor) {
                    return Double.NEGATIVE_INFINITY;
                }
            }
        }
        return bound;
    }

    private double distance(double[] x, int point) {
        int offset = point * width;
        double sum = 0;
        for (int k = 0; k < numeric.length; k++) {
            double delta = x[k] - coordinates[offset + k];
            sum += delta * delta;
        }
        for (int k = numeric.length; k < width; k++) {
            if (x[k] != coordinates[offset + k]) {
                sum += 1;
            }
        }
        return Math.sqrt(sum);
    }
}
