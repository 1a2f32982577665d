package dev.hyperactive.optimizers.local;

import java.util.Arrays;

/**
 * The best distinct positions told so far, at most a fixed number, sorted by score from best to
 * worst. Only finite scores enter. A position already held keeps its first score. Each offer costs
 * O(capacity * dimensions) at most, whatever the number of evaluations.
 */
final class BestPositions {

    private final int[][] positions;
    private final double[] scores;
    private int count;
    private long version;

    BestPositions(int capacity, int dimensions) {
        this.positions = new int[capacity][dimensions];
        this.scores = new double[capacity];
    }

    /** Adds {@code position} if its score is finite and among the best, copying the array. */
    void offer(int[] position, double score) {
        if (!Double.isFinite(score)) {
            return;
        }
        int capacity = scores.length;
        if (count == capacity && score <= scores[count - 1]) {
            return;
        }
        for (int i = 0; i < count; i++) {
            if (Arrays.equals(positions[i], position)) {
                return;
            }
        }

        int slot = count;
        while (slot > 0 && scores[slot - 1] < score) {
            slot--;
        }
        int[] reused = positions[count == capacity ? capacity - 1 : count];
        for (int i = Math.min(count, capacity - 1); i > slot; i--) {
            positions[i] = positions[i - 1];
            scores[i] = scores[i - 1];
        }
        System.arraycopy(position, 0, reused, 0, position.length);
        positions[slot] = reused;
        scores[slot] = score;
        count = Math.min(count + 1, capacity);
        version++;
    }

    /** Returns the number of positions held. */
    int count() {
        return count;
    }

    /** Returns the position of rank {@code i}, 0 being the best. The array is shared: do not modify it. */
    int[] position(int i) {
        return positions[i];
    }

    /** Returns the score of rank {@code i}. */
    double score(int i) {
        return scores[i];
    }

    /** Returns a number that changes whenever the held positions change. */
    long version() {
        return version;
    }
}
