package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Fits CART regression trees by variance reduction on integer positions.
 *
 * <p>One builder serves one training matrix (row-major, {@code dims} columns) at a time and reuses
 * its work arrays for every tree it fits; {@link #reset(int[], int)} points it at a grown matrix
 * and keeps the arrays. A node becomes a leaf when it reaches the maximum depth, when it
 * contains fewer than {@code 2 * minSamplesLeaf} samples, when its targets are all equal, or when no
 * split leaves at least {@code minSamplesLeaf} samples on each side.
 *
 * <p>At each node the builder takes the features in a random order and considers the first
 * {@code maxFeatures} of them that are not constant in the node, as scikit-learn's trees do. With
 * best splits it orders the node's samples by each such feature (through a histogram of the values
 * when their range is narrow, else by sorting) and takes the threshold between two neighbouring
 * values that reduces the summed squared error most. With random thresholds
 * (extremely randomized trees) it draws one threshold per feature uniformly between the node's
 * minimum and maximum and keeps the feature whose threshold reduces the error most. Because
 * positions are integers, a uniform threshold in {@code [min, max)} is an integer drawn uniformly
 * from {@code min .. max - 1}, and a sample goes left when its value is at most the threshold.
 */
final class CartBuilder {

    /**
     * The widest range of a feature's values in a node, as a multiple of its sample count, for which
     * the best split comes from a histogram instead of a sort.
     */
    static final int HISTOGRAM_SPAN = 4;

    /** The settings of one tree. */
    record Settings(int maxDepth, int minSamplesLeaf, int maxFeatures, boolean randomThresholds) {
    }

    private int[] x;
    private final int dims;
    private final int[] featureOrder;
    private final int[] minimum;
    private final int[] maximum;
    private final int[] threshold;
    private final int[] leftCount;
    private final double[] leftSum;
    private final boolean[] chosen;
    private int[] samples;
    private int[] buffer;
    private long[] keys;
    private int[] rowLeaf;
    private int[] histogramCount = new int[0];
    private double[] histogramSum = new double[0];

    private double[] targets;
    private Settings settings;
    private RandomGenerator random;
    private RegressionTree tree;
    private int splitFeature;
    private int splitThreshold;
    private double partitionLeftSum;
    private double partitionLeftSquares;
    private double partitionRightSum;
    private double partitionRightSquares;

    /**
     * Creates a builder for the first {@code rows} rows of {@code x}, which is not copied and must not
     * change while the builder is in use.
     */
    CartBuilder(int[] x, int rows, int dims) {
        this.x = x;
        this.dims = dims;
        this.rowLeaf = new int[Math.max(rows, 1)];
        this.featureOrder = new int[dims];
        this.minimum = new int[dims];
        this.maximum = new int[dims];
        this.threshold = new int[dims];
        this.leftCount = new int[dims];
        this.leftSum = new double[dims];
        this.chosen = new boolean[dims];
        this.samples = new int[Math.max(rows, 1)];
        this.buffer = new int[samples.length];
        this.keys = new long[samples.length];
    }

    /**
     * Fits a tree to {@code targets} (indexed by row) on the first {@code count} rows listed in
     * {@code rows}, which may repeat rows, as a bootstrap sample does. {@code rows} is not modified.
     */
    RegressionTree fit(double[] targets, int[] rows, int count, Settings settings, RandomGenerator random) {
        RegressionTree fitted = new RegressionTree(2 * count);
        fit(fitted, targets, rows, count, settings, random);
        return fitted;
    }

    /**
     * Fits a tree as {@link #fit(double[], int[], int, Settings, RandomGenerator)} does, into
     * {@code into}, which is cleared first and keeps its arrays.
     */
    void fit(RegressionTree into, double[] targets, int[] rows, int count, Settings settings, RandomGenerator random) {
        if (samples.length < count) {
            samples = new int[count];
            buffer = new int[count];
            keys = new long[count];
        }
        System.arraycopy(rows, 0, samples, 0, count);
        this.targets = targets;
        this.settings = settings;
        this.random = random;
        this.tree = into;
        into.clear();

        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < count; i++) {
            double t = targets[samples[i]];
            sum += t;
            sumOfSquares += t * t;
        }
        grow(0, count, 0, sum, sumOfSquares);

        this.tree = null;
        this.targets = null;
    }

    /**
     * Points the builder at the first {@code rows} rows of a new matrix {@code x} with the same number
     * of columns, keeping the work arrays. The same rules apply as for the constructor's matrix.
     */
    void reset(int[] x, int rows) {
        this.x = x;
        if (rowLeaf.length < rows) {
            rowLeaf = new int[Math.max(rows, 2 * rowLeaf.length)];
        }
    }

    /** Returns the number of columns of the matrix. */
    int dimensions() {
        return dims;
    }

    /**
     * Returns the leaf of the last fitted tree that each row of its sample reached, indexed by row.
     * Entries of rows outside the last sample are stale. The array is shared and replaced by
     * {@link #reset(int[], int)}.
     */
    int[] rowLeaves() {
        return rowLeaf;
    }

    /**
     * Creates the subtree for samples[start, end), whose targets add up to {@code sum} and whose
     * squared targets add up to {@code sumOfSquares}, and returns its root node.
     */
    private int grow(int start, int end, int depth, double sum, double sumOfSquares) {
        int n = end - start;
        double mean = sum / n;
        double variance = Math.max(sumOfSquares / n - mean * mean, 0);
        int node = tree.addLeaf(mean, variance);

        boolean pure = variance <= 1e-12 * Math.max(1, mean * mean);
        if (depth >= settings.maxDepth() || n < 2 * settings.minSamplesLeaf() || pure) {
            return leaf(node, start, end);
        }

        boolean found = settings.randomThresholds() ? findRandomSplit(start, end, sum) : findBestSplit(start, end, sum);
        if (!found) {
            return leaf(node, start, end);
        }

        int feature = splitFeature;
        int value = splitThreshold;
        int middle = partition(start, end, feature, value);
        double rightSum = partitionRightSum;
        double rightSquares = partitionRightSquares;
        grow(start, middle, depth + 1, partitionLeftSum, partitionLeftSquares);
        int right = grow(middle, end, depth + 1, rightSum, rightSquares);
        tree.split(node, feature, value, right);
        return node;
    }

    /** Records that the samples[start, end) reach the leaf {@code node}, and returns it. */
    private int leaf(int node, int start, int end) {
        for (int i = start; i < end; i++) {
            rowLeaf[samples[i]] = node;
        }
        return node;
    }

    /** Shuffles {@link #featureOrder} into a uniformly random order of the features. */
    private void shuffleFeatures() {
        for (int d = 0; d < dims; d++) {
            int pick = random.nextInt(d + 1);
            featureOrder[d] = featureOrder[pick];
            featureOrder[pick] = d;
        }
    }

    /**
     * Draws one random threshold for each considered feature, with two passes over the node's
     * samples for all features together, and stores the best in {@link #splitFeature} and
     * {@link #splitThreshold}. Returns false if no threshold leaves enough samples on both sides.
     */
    private boolean findRandomSplit(int start, int end, double sum) {
        Arrays.fill(minimum, Integer.MAX_VALUE);
        Arrays.fill(maximum, Integer.MIN_VALUE);
        for (int i = start; i < end; i++) {
            int offset = samples[i] * dims;
            for (int d = 0; d < dims; d++) {
                int v = x[offset + d];
                minimum[d] = Math.min(minimum[d], v);
                maximum[d] = Math.max(maximum[d], v);
            }
        }

        shuffleFeatures();
        int considered = 0;
        for (int i = 0; i < dims; i++) {
            int d = featureOrder[i];
            chosen[d] = considered < settings.maxFeatures() && minimum[d] < maximum[d];
            if (chosen[d]) {
                considered++;
                threshold[d] = minimum[d] + random.nextInt(maximum[d] - minimum[d]);
            }
            leftCount[d] = 0;
            leftSum[d] = 0;
        }
        if (considered == 0) {
            return false;
        }

        for (int i = start; i < end; i++) {
            int row = samples[i];
            int offset = row * dims;
            double target = targets[row];
            for (int d = 0; d < dims; d++) {
                int goesLeft = x[offset + d] <= threshold[d] ? 1 : 0;
                leftCount[d] += goesLeft;
                leftSum[d] += goesLeft * target;
            }
        }

        int n = end - start;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < dims; i++) {
            int d = featureOrder[i];
            if (!chosen[d]) {
                continue;
            }
            double score = splitScore(leftCount[d], leftSum[d], n, sum);
            if (score > bestScore) {
                bestScore = score;
                splitFeature = d;
                splitThreshold = threshold[d];
            }
        }
        return bestScore > Double.NEGATIVE_INFINITY;
    }

    /**
     * Finds the best threshold of each considered feature and stores the best of all in
     * {@link #splitFeature} and {@link #splitThreshold}. Returns false if no threshold leaves enough
     * samples on both sides.
     *
     * <p>When the node's values of a feature span at most {@value #HISTOGRAM_SPAN} times as many
     * indices as the node has samples, the counts and target sums per value come from one pass into
     * a histogram, in O(samples + span); otherwise the samples are sorted by the feature, in
     * O(samples log samples). Both visit the thresholds in increasing order and find the same split.
     */
    private boolean findBestSplit(int start, int end, double sum) {
        shuffleFeatures();
        int n = end - start;
        int considered = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < dims && considered < settings.maxFeatures(); i++) {
            int d = featureOrder[i];
            int low = Integer.MAX_VALUE;
            int high = Integer.MIN_VALUE;
            for (int k = start; k < end; k++) {
                int v = x[samples[k] * dims + d];
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
            if (low == high) {
                continue;
            }
            considered++;

            long span = (long) high - low + 1;
            bestScore = span <= (long) HISTOGRAM_SPAN * n
                    ? histogramSplit(start, end, d, low, (int) span, sum, bestScore)
                    : sortedSplit(start, end, d, sum, bestScore);
        }
        return bestScore > Double.NEGATIVE_INFINITY;
    }

    /** Scans the thresholds of feature d through a histogram of the node's values; returns the best score so far. */
    private double histogramSplit(int start, int end, int d, int low, int span, double sum, double bestScore) {
        if (histogramCount.length < span) {
            histogramCount = new int[Math.max(span, 2 * histogramCount.length)];
            histogramSum = new double[histogramCount.length];
        }
        Arrays.fill(histogramCount, 0, span, 0);
        Arrays.fill(histogramSum, 0, span, 0);
        for (int k = start; k < end; k++) {
            int row = samples[k];
            int bin = x[row * dims + d] - low;
            histogramCount[bin]++;
            histogramSum[bin] += targets[row];
        }

        int n = end - start;
        int leftCount = 0;
        double left = 0;
        double best = bestScore;
        for (int bin = 0; bin < span - 1; bin++) {
            if (histogramCount[bin] == 0) {
                continue;
            }
            leftCount += histogramCount[bin];
            left += histogramSum[bin];
            double score = splitScore(leftCount, left, n, sum);
            if (score > best) {
                best = score;
                splitFeature = d;
                splitThreshold = low + bin;
            }
        }
        return best;
    }

    /** Scans the thresholds of feature d by sorting the node's samples by it; returns the best score so far. */
    private double sortedSplit(int start, int end, int d, double sum, double bestScore) {
        int n = end - start;
        for (int k = 0; k < n; k++) {
            int row = samples[start + k];
            keys[k] = ((long) x[row * dims + d] << 32) | row;
        }
        Arrays.sort(keys, 0, n);

        double left = 0;
        double best = bestScore;
        for (int k = 0; k < n - 1; k++) {
            left += targets[(int) keys[k]];
            int value = (int) (keys[k] >>> 32);
            if (value == (int) (keys[k + 1] >>> 32)) {
                continue;
            }
            double score = splitScore(k + 1, left, n, sum);
            if (score > best) {
                best = score;
                splitFeature = d;
                splitThreshold = value;
            }
        }
        return best;
    }

    /**
     * Returns {@code sumLeft^2 / nLeft + sumRight^2 / nRight}, which grows as the split reduces the
     * summed squared error, or -infinity if a side contains fewer than {@code minSamplesLeaf} samples.
     */
    private double splitScore(int leftN, double leftTotal, int n, double sum) {
        int rightN = n - leftN;
        if (leftN < settings.minSamplesLeaf() || rightN < settings.minSamplesLeaf()) {
            return Double.NEGATIVE_INFINITY;
        }
        double rightTotal = sum - leftTotal;
        return leftTotal * leftTotal / leftN + rightTotal * rightTotal / rightN;
    }

    /**
     * Moves the samples that go left to the front of samples[start, end), keeping their order on both
     * sides, and returns where the right ones begin. It adds up the targets and squared targets of
     * each side in sample order into the {@code partition*} fields, so that each child gets the
     * sums it would compute itself. The side is a 0 or 1 factor instead of a branch, because the
     * branch would be mispredicted about half the time. Adding a zero term leaves a sum unchanged.
     */
    private int partition(int start, int end, int feature, int value) {
        int left = start;
        int right = 0;
        double leftSum = 0;
        double leftSquares = 0;
        double rightSum = 0;
        double rightSquares = 0;
        for (int i = start; i < end; i++) {
            int row = samples[i];
            double t = targets[row];
            int goesLeft = x[row * dims + feature] <= value ? 1 : 0;
            int goesRight = 1 - goesLeft;
            samples[left] = row;
            buffer[right] = row;
            left += goesLeft;
            right += goesRight;
            leftSum += goesLeft * t;
            leftSquares += goesLeft * (t * t);
            rightSum += goesRight * t;
            rightSquares += goesRight * (t * t);
        }
        System.arraycopy(buffer, 0, samples, left, right);
        partitionLeftSum = leftSum;
        partitionLeftSquares = leftSquares;
        partitionRightSum = rightSum;
        partitionRightSquares = rightSquares;
        return left;
    }
}
