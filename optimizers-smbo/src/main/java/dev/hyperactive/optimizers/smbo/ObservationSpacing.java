package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;

/**
 * The distance from each observation to its nearest other observation, kept up to date as
 * observations are appended to the {@link TrainingData}.
 *
 * <p>Distances are Euclidean over the numeric dimensions of more than one value, in normalized
 * coordinates, divided by the square root of the number of those dimensions, so that they read as
 * a typical per-dimension distance in [0, 1]. Observations at the same position do not count as
 * neighbours of each other. Each appended observation costs O(n * dimensions) for n observations.
 */
final class ObservationSpacing {

    private final int dimensions;
    private final int[] measured;
    private double[] nearestSquared = new double[64];
    private int count;

    /** Creates the spacing for a space with the given dimension sizes and categorical flags. */
    ObservationSpacing(int[] sizes, boolean[] categorical) {
        this.dimensions = sizes.length;
        int numeric = 0;
        for (int d = 0; d < sizes.length; d++) {
            numeric += !categorical[d] && sizes[d] > 1 ? 1 : 0;
        }
        this.measured = new int[numeric];
        for (int d = 0, k = 0; d < sizes.length; d++) {
            if (!categorical[d] && sizes[d] > 1) {
                measured[k++] = d;
            }
        }
    }

    /** Adds the observations appended to {@code data} since the last call. */
    void update(TrainingData data) {
        int n = data.size();
        if (nearestSquared.length < n) {
            nearestSquared = Arrays.copyOf(nearestSquared, Math.max(n, 2 * nearestSquared.length));
        }
        double[] positions = data.normalizedPositions();
        for (; count < n; count++) {
            double nearest = Double.POSITIVE_INFINITY;
            int row = count * dimensions;
            for (int j = 0; j < count; j++) {
                double squared = squaredDistance(positions, row, j * dimensions);
                if (squared > 0) {
                    nearest = Math.min(nearest, squared);
                    nearestSquared[j] = Math.min(nearestSquared[j], squared);
                }
            }
            nearestSquared[count] = nearest;
        }
    }

    private double squaredDistance(double[] positions, int a, int b) {
        double sum = 0;
        for (int d : measured) {
            double z = positions[a + d] - positions[b + d];
            sum += z * z;
        }
        return sum;
    }

    /**
     * Returns the distance from observation {@code row} to its nearest other observation. Returns 0
     * when no other observation is at a different position, or when the space has no numeric dimension.
     */
    double nearest(int row) {
        double squared = nearestSquared[row];
        return squared == Double.POSITIVE_INFINITY ? 0 : Math.sqrt(squared / measured.length);
    }
}
