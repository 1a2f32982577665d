package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;

/**
 * A fitted regression tree over integer positions: every inner node sends a position left when
 * {@code position[feature] <= threshold}, and every leaf stores the mean and the variance of the
 * training targets that reached it.
 *
 * <p>Nodes are numbered in depth-first order, so the root is node 0 and the left child of an inner
 * node is the next node. Each node takes three consecutive ints of one array (feature, threshold,
 * right child), so a prediction reads one place per level. A leaf has feature -1. Thresholds are
 * integers because positions are: a split between the values a and b is stored as a.
 *
 * <p>A tree can be cleared with {@link #clear()} and grown again, so that a forest refitted on every
 * iteration keeps its arrays. {@link #leaves} looks up many positions at once by partitioning them
 * down the tree, which visits each node once per batch instead of once per position.
 */
final class RegressionTree {

    private int[] nodes;
    private double[] value;
    private double[] variance;
    private int size;

    RegressionTree(int capacity) {
        int initial = Math.max(capacity, 1);
        nodes = new int[3 * initial];
        value = new double[initial];
        variance = new double[initial];
    }

    /** Removes every node and keeps the arrays for the next fit. */
    void clear() {
        size = 0;
    }

    /** Adds a leaf and returns its node number; {@link #split} turns it into an inner node. */
    int addLeaf(double mean, double leafVariance) {
        if (size == value.length) {
            grow();
        }
        int node = size++;
        nodes[3 * node] = -1;
        value[node] = mean;
        variance[node] = leafVariance;
        return node;
    }

    /**
     * Turns {@code node} into an inner node that sends positions with
     * {@code position[feature] <= threshold} to node {@code node + 1} and the others to
     * {@code rightChild}.
     */
    void split(int node, int feature, int threshold, int rightChild) {
        nodes[3 * node] = feature;
        nodes[3 * node + 1] = threshold;
        nodes[3 * node + 2] = rightChild;
    }

    /** Returns the leaf that {@code position} reaches. */
    int leaf(int[] position) {
        int[] n = nodes;
        int node = 0;
        int feature;
        while ((feature = n[3 * node]) >= 0) {
            node = position[feature] <= n[3 * node + 1] ? node + 1 : n[3 * node + 2];
        }
        return node;
    }

    /** Returns the leaf that row {@code row} of the row-major matrix {@code x} with {@code dims} columns reaches. */
    int leaf(int[] x, int row, int dims) {
        int[] n = nodes;
        int offset = row * dims;
        int node = 0;
        int feature;
        while ((feature = n[3 * node]) >= 0) {
            node = x[offset + feature] <= n[3 * node + 1] ? node + 1 : n[3 * node + 2];
        }
        return node;
    }

    /**
     * Writes the leaf that each of {@code count} positions reaches into {@code leaves[0, count)}.
     *
     * <p>The positions are column-major non-negative indices: index {@code d} of position {@code c}
     * is {@code columns[d * count + c]}. {@code sorted} lists the positions ordered by their first
     * index. Instead of walking every position from the root, the positions are partitioned at each
     * inner node into the two children's shares, without branches on the comparison, so each step
     * reads and writes arrays in order. The partition keeps the order on both sides, so every share
     * stays ordered by the first index, and a split on the first index is a binary search that
     * moves nothing. {@code order} and {@code buffer} are work arrays of at least {@code count}
     * entries; their contents are overwritten.
     */
    void leaves(int[] columns, int count, int[] sorted, int[] order, int[] buffer, int[] leaves) {
        System.arraycopy(sorted, 0, order, 0, count);
        descend(0, 0, count, columns, count, order, buffer, leaves);
    }

    /** Sends the positions order[start, end) down from {@code node}, recursing left and looping right. */
    private void descend(int node, int start, int end, int[] columns, int count, int[] order, int[] buffer,
            int[] leaves) {
        int[] n = nodes;
        while (start < end) {
            int feature = n[3 * node];
            if (feature < 0) {
                for (int k = start; k < end; k++) {
                    leaves[order[k]] = node;
                }
                return;
            }

            int threshold = n[3 * node + 1];
            int left = feature == 0 ? firstAbove(columns, order, start, end, threshold)
                    : partition(columns, feature * count, order, buffer, start, end, threshold);

            descend(node + 1, start, left, columns, count, order, buffer, leaves);
            node = n[3 * node + 2];
            start = left;
        }
    }

    /** Returns the first k in [start, end) whose first index exceeds {@code threshold}; order[start, end) is sorted by it. */
    private static int firstAbove(int[] columns, int[] order, int start, int end, int threshold) {
        int low = start;
        int high = end;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (columns[order[middle]] <= threshold) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Moves the positions of order[start, end) whose index at {@code base} is at most
     * {@code threshold} to the front, keeping the order on both sides, and returns where the others
     * begin. The side is computed as a 0 or 1 instead of branched on, because the branch would be
     * mispredicted about half the time. The subtraction cannot overflow for non-negative indices.
     */
    private static int partition(int[] columns, int base, int[] order, int[] buffer, int start, int end,
            int threshold) {
        int left = start;
        int right = 0;
        for (int k = start; k < end; k++) {
            int c = order[k];
            int goesRight = (threshold - columns[base + c]) >>> 31;
            order[left] = c;
            buffer[right] = c;
            left += 1 - goesRight;
            right += goesRight;
        }
        System.arraycopy(buffer, 0, order, left, right);
        return left;
    }

    /** Returns the mean training target of {@code node}. */
    double value(int node) {
        return value[node];
    }

    /** Returns the variance of the training targets of {@code node}. */
    double variance(int node) {
        return variance[node];
    }

    /** Returns whether {@code node} is a leaf. */
    boolean isLeaf(int node) {
        return nodes[3 * node] < 0;
    }

    /** Returns the number of nodes. */
    int nodeCount() {
        return size;
    }

    /** Returns the number of levels below the root on the longest path; a single leaf has depth 0. */
    int depth() {
        return depth(0);
    }

    /** Returns the mean of {@code position}'s leaf. */
    double predict(int[] position) {
        return value[leaf(position)];
    }

    private int depth(int node) {
        if (nodes[3 * node] < 0) {
            return 0;
        }
        return 1 + Math.max(depth(node + 1), depth(nodes[3 * node + 2]));
    }

    private void grow() {
        int capacity = value.length * 2;
        nodes = Arrays.copyOf(nodes, 3 * capacity);
        value = Arrays.copyOf(value, capacity);
        variance = Arrays.copyOf(variance, capacity);
    }
}
