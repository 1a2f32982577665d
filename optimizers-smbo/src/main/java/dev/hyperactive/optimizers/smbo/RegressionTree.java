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
