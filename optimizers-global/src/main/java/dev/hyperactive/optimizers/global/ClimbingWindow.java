package dev.hyperactive.optimizers.global;

/**
 * The current position of a hill climber and the window of its last finite evaluations, with the
 * move rule of Gradient-Free-Optimizers 1.6: after every {@code n_neighbours}-th evaluation the
 * current position moves to the best position of the window if its score is strictly higher.
 * Among equal scores in the window the latest wins.
 *
 * <p>The window is a ring buffer of preallocated arrays, so recording an evaluation allocates
 * nothing.
 */
final class ClimbingWindow {

    private final int neighbours;
    private final int[][] positions;
    private final double[] scores;
    private int size;
    private int next;

    private final int[] current;
    private double currentScore = Double.NEGATIVE_INFINITY;

    /**
     * Creates a window of {@code neighbours} evaluations for positions of {@code dimensions} indices,
     * holding at most {@code iterations} of them because a run never records more.
     */
    ClimbingWindow(int neighbours, int dimensions, int iterations) {
        this.neighbours = neighbours;
        int capacity = Math.max(1, Math.min(neighbours, iterations));
        this.positions = new int[capacity][dimensions];
        this.scores = new double[capacity];
        this.current = new int[dimensions];
    }

    /** Sets the current position and its score, which may be negative infinity when unknown. */
    void setCurrent(int[] position, double score) {
        System.arraycopy(position, 0, current, 0, current.length);
        currentScore = score;
    }

    /** Returns the current position; callers must not modify it. */
    int[] current() {
        return current;
    }

    /** Returns the score of the current position, negative infinity when unknown. */
    double currentScore() {
        return currentScore;
    }

    /** Returns the number of evaluations compared before a move. */
    int neighbours() {
        return neighbours;
    }

    /** Records an evaluation; NaN and infinite scores are left out of the window. */
    void record(int[] position, double score) {
        if (!Double.isFinite(score)) {
            return;
        }
        System.arraycopy(position, 0, positions[next], 0, position.length);
        scores[next] = score;
        next = (next + 1) % scores.length;
        size = Math.min(size + 1, scores.length);
    }

    /**
     * Moves the current position to the best of the window if that is strictly better.
     *
     * @return whether the current position moved
     */
    boolean moveToBestIfBetter() {
        if (size == 0) {
            return false;
        }
        int best = -1;
        for (int age = size - 1; age >= 0; age--) {
            int slot = Math.floorMod(next - 1 - age, scores.length);
            if (best < 0 || scores[slot] >= scores[best]) {
                best = slot;
            }
        }

        if (scores[best] > currentScore) {
            System.arraycopy(positions[best], 0, current, 0, current.length);
            currentScore = scores[best];
            return true;
        }
        return false;
    }
}
