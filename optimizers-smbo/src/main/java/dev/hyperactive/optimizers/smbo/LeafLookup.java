package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;

/**
 * Looks up the leaves of a batch of column-major positions in several trees through
 * {@link RegressionTree#leaves}, with the work arrays and the order of the positions by their first
 * index kept across trees and batches. Once the arrays have grown to the batch size, a lookup
 * allocates nothing.
 */
final class LeafLookup {

    /** The widest range of first indices, as a multiple of the batch size, sorted by counting. */
    private static final int COUNTING_SPAN = 4;

    private int[] sorted = new int[0];
    private int[] order = new int[0];
    private int[] buffer = new int[0];
    private int[] leaves = new int[0];
    private int[] bins = new int[0];
    private long[] keys = new long[0];

    /**
     * Orders the {@code count} positions of {@code columns} by their first index for the lookups
     * that follow, and returns the array that {@link #run} writes the leaves into, valid until the
     * next call.
     */
    int[] prepare(int[] columns, int count) {
        if (leaves.length < count) {
            sorted = new int[count];
            order = new int[count];
            buffer = new int[count];
            leaves = new int[count];
        }
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (int c = 0; c < count; c++) {
            low = Math.min(low, columns[c]);
            high = Math.max(high, columns[c]);
        }
        long span = (long) high - low + 1;
        if (count > 0 && span <= (long) COUNTING_SPAN * count) {
            countingSort(columns, count, low, (int) span);
        } else {
            keySort(columns, count);
        }
        return leaves;
    }

    /**
     * Writes the leaf of {@code tree} that each of the {@code count} column-major positions reaches
     * into the array returned by {@link #prepare(int[], int)}, which must have been called with the
     * same positions.
     */
    void run(RegressionTree tree, int[] columns, int count) {
        tree.leaves(columns, count, sorted, order, buffer, leaves);
    }

    private void countingSort(int[] columns, int count, int low, int span) {
        if (bins.length < span + 1) {
            bins = new int[Math.max(span + 1, 2 * bins.length)];
        }
        Arrays.fill(bins, 0, span + 1, 0);
        for (int c = 0; c < count; c++) {
            bins[columns[c] - low + 1]++;
        }
        for (int b = 1; b <= span; b++) {
            bins[b] += bins[b - 1];
        }
        for (int c = 0; c < count; c++) {
            sorted[bins[columns[c] - low]++] = c;
        }
    }

    private void keySort(int[] columns, int count) {
        if (keys.length < count) {
            keys = new long[count];
        }
        for (int c = 0; c < count; c++) {
            keys[c] = ((long) columns[c] << 32) | c;
        }
        Arrays.sort(keys, 0, count);
        for (int c = 0; c < count; c++) {
            sorted[c] = (int) keys[c];
        }
    }
}
