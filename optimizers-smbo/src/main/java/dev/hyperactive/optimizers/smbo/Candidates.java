package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;

/**
 * A reusable batch of candidate positions for one iteration, with their positions normalized to
 * [0, 1] as {@link TrainingData} normalizes them.
 *
 * <p>The arrays are allocated once and grown when needed, so sampling a batch per iteration
 * allocates nothing. Fill it with {@link #clear()}, then {@link #next()} and {@link #commit()} per
 * candidate: {@code next()} returns the array to write the indices into, and {@code commit()}
 * keeps it. Without a commit the next call of {@code next()} returns the same array again.
 */
final class Candidates {

    private final int[] sizes;
    private final int dimensions;
    private int[][] positions;
    private double[] normalized;
    private int count;

    /** Creates an empty batch for a space with the given sizes, with room for {@code capacity}. */
    Candidates(int[] sizes, int capacity) {
        this.sizes = sizes.clone();
        this.dimensions = sizes.length;
        this.positions = new int[Math.max(1, capacity)][dimensions];
        this.normalized = new double[Math.max(1, capacity) * dimensions];
    }

    /** Removes every candidate. */
    void clear() {
        count = 0;
    }

    /** Returns the array for the next candidate, growing the batch if it is full. */
    int[] next() {
        if (count == positions.length) {
            int capacity = positions.length * 2;
            int[][] larger = Arrays.copyOf(positions, capacity);
            for (int i = positions.length; i < capacity; i++) {
                larger[i] = new int[dimensions];
            }
            positions = larger;
            normalized = Arrays.copyOf(normalized, capacity * dimensions);
        }
        return positions[count];
    }

    /** Keeps the array last returned by {@link #next()} as a candidate. */
    void commit() {
        int[] position = positions[count];
        int offset = count * dimensions;
        for (int d = 0; d < dimensions; d++) {
            normalized[offset + d] = TrainingData.normalize(position[d], sizes[d]);
        }
        count++;
    }

    /** Returns the number of candidates. */
    int size() {
        return count;
    }

    /** Returns the number of dimensions. */
    int dimensions() {
        return dimensions;
    }

    /** Returns candidate {@code i}; the array is reused, so copy it to keep it. */
    int[] position(int i) {
        return positions[i];
    }

    /**
     * Returns the normalized positions, candidate {@code i} at {@code [i * dimensions(), (i + 1) *
     * dimensions())}. The array is shared and replaced when the batch grows.
     */
    double[] normalizedPositions() {
        return normalized;
    }
}
