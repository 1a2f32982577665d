package dev.hyperactive.optimizers.local;

/**
 * A running estimate of how much scores change from one evaluation to the next: the mean absolute
 * difference between consecutive finite scores over the last {@value #WINDOW} such differences.
 *
 * <p>Differences do not change when a constant is added to every score, so neither does the
 * estimate. Non-finite scores are skipped: the difference is taken to the last finite score. The
 * estimate is 0 until two finite scores were recorded, and again after {@value #WINDOW} equal scores
 * in a row.
 */
final class ScoreSpread {

    /** The number of recent differences averaged. */
    static final int WINDOW = 32;

    private final double[] differences = new double[WINDOW];
    private int count;
    private int next;
    private boolean hasPrevious;
    private double previous;

    /** Records the next score in evaluation order. */
    void record(double score) {
        if (!Double.isFinite(score)) {
            return;
        }
        if (hasPrevious) {
            double difference = Math.abs(score - previous);
            differences[next] = Double.isFinite(difference) ? difference : Double.MAX_VALUE;
            next = (next + 1) % WINDOW;
            count = Math.min(count + 1, WINDOW);
        }
        previous = score;
        hasPrevious = true;
    }

    /**
     * Returns the mean of the recorded differences, or 0 if there is none. The sum is recomputed on
     * each call, so that rounding errors do not build up over a long run.
     */
    double value() {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += differences[i];
        }
        return count == 0 ? 0 : sum / count;
    }
}
