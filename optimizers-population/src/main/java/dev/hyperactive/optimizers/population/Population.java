package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import java.lang.System.Logger.Level;

/**
 * The members of a population and how they get their start positions.
 *
 * <p>The initial positions of the context are dealt to the members round-robin: member {@code i}
 * gets initial positions {@code i}, {@code i + P}, {@code i + 2P} and so on, for a population of
 * {@code P}. Pass every initial position, in order, to {@link #tellInitial(int[], double)} or, when
 * a constraint rejected it, to {@link #skipInitial()}. A member starts at the best finite-scored
 * position dealt to it, or at the last one dealt when none had a finite score.
 *
 * <p>Members that got no initial position, because there were fewer initial positions than members
 * or because a constraint rejected theirs, start at uniform random positions that satisfy the
 * constraints. Call {@link #finishInitialization()} once after the initial positions. Then, while
 * {@link #hasUnstartedMember()} is true, propose {@link #nextStart()} and pass its score to
 * {@link #tellStart(int[], double)}, or call {@link #rejectStart()} when a constraint rejected it;
 * the member then gets another random position. {@link #finishInitialization()} logs the number of
 * random start positions once, at INFO, when there are any.
 *
 * <p>An instance serves one run and is not thread-safe. Apart from the returned start positions,
 * nothing here allocates after construction.
 */
final class Population {

    private static final System.Logger LOGGER = System.getLogger(Population.class.getName());

    private final String optimizerName;
    private final Moves moves;
    private final Member[] members;
    private int initialsSeen;
    private int nextUnstarted;
    private boolean startPending;

    /**
     * Creates a population of {@code size} members without positions.
     *
     * @param optimizerName the registry name of the optimizer, used in the log message
     * @param size the number of members, at least 1
     * @param context the run's context, for the number of dimensions
     * @param moves the run's moves, which draw the random start positions
     * @throws IllegalArgumentException if {@code size} is not positive
     */
    Population(String optimizerName, int size, OptimizerContext context, Moves moves) {
        if (size < 1) {
            throw new IllegalArgumentException("population must be positive: " + size);
        }
        this.optimizerName = optimizerName;
        this.moves = moves;
        this.members = new Member[size];
        for (int i = 0; i < size; i++) {
            members[i] = new Member(i, context.dimensionCount());
        }
    }

    /** Returns the number of members. */
    int size() {
        return members.length;
    }

    /** Returns member {@code i}, for {@code i} in {@code [0, size())}. */
    Member member(int i) {
        return members[i];
    }

    /** Deals the next initial position and its score to its member. */
    void tellInitial(int[] position, double score) {
        Member member = members[initialsSeen % members.length];
        initialsSeen++;
        if (!member.started || isBetter(score, member.score)) {
            member.moveTo(position, score);
        }
    }

    /** Skips the next initial position, which a constraint rejected, so that the dealing stays in step. */
    void skipInitial() {
        initialsSeen++;
    }

    /**
     * Ends the dealing of initial positions and logs, once, how many members start at random
     * positions, if any.
     */
    void finishInitialization() {
        int unstarted = 0;
        for (Member member : members) {
            if (!member.started) {
                unstarted++;
            }
        }
        if (unstarted > 0) {
            LOGGER.log(Level.INFO, "{0}: {1} of {2} population members got no initial position and start at"
                    + " uniform random positions", optimizerName, unstarted, members.length);
        }
        advanceUnstarted();
    }

    /** Returns whether a member still needs a start position. */
    boolean hasUnstartedMember() {
        return nextUnstarted < members.length;
    }

    /**
     * Returns a uniform random position, satisfying the constraints when possible, for the first
     * member without a start position. Its score goes to {@link #tellStart(int[], double)}.
     *
     * @throws IllegalStateException if every member has started
     */
    int[] nextStart() {
        if (!hasUnstartedMember()) {
            throw new IllegalStateException("every population member has a start position");
        }
        startPending = true;
        return moves.validRandomPosition();
    }

    /** Returns whether the last {@link #nextStart()} still waits for its score or rejection. */
    boolean isStartPending() {
        return startPending;
    }

    /**
     * Starts the waiting member at the position from {@link #nextStart()} with its score.
     *
     * @return the index of the member that started
     * @throws IllegalStateException if no start position waits for a score
     */
    int tellStart(int[] position, double score) {
        if (!startPending) {
            throw new IllegalStateException("no start position waits for a score");
        }
        startPending = false;
        int started = nextUnstarted;
        members[started].moveTo(position, score);
        advanceUnstarted();
        return started;
    }

    /**
     * Records that a constraint rejected a position: an initial one is skipped
     * ({@link #skipInitial()}), a pending start is rejected ({@link #rejectStart()}), and any other
     * position leaves the population unchanged.
     */
    void rejected(boolean initial) {
        if (initial) {
            skipInitial();
        } else if (isStartPending()) {
            rejectStart();
        }
    }

    /** Records that a constraint rejected the position from {@link #nextStart()}; the member stays unstarted. */
    void rejectStart() {
        startPending = false;
    }

    /**
     * Returns the index of the member with the highest finite personal best, or -1 if no member has
     * one. Among equal scores the lowest index wins.
     */
    int bestMember() {
        int best = -1;
        for (int i = 0; i < members.length; i++) {
            if (members[i].hasBest() && (best < 0 || members[i].bestScore > members[best].bestScore)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Fills {@code order} with the member indices sorted by current score, highest first. Members
     * without a finite current score come last, in index order. The sort is stable.
     *
     * @param order an array of length {@link #size()}
     */
    void rankByScore(int[] order) {
        for (int i = 0; i < order.length; i++) {
            int j = i;
            while (j > 0 && isBetter(members[i].score, members[order[j - 1]].score)) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
    }

    /**
     * Returns whether {@code score} is better than {@code other}: a finite score beats any
     * non-finite one and a higher finite score, and nothing beats a finite score when it is not
     * finite itself.
     */
    static boolean isBetter(double score, double other) {
        if (!Double.isFinite(score)) {
            return false;
        }
        return !Double.isFinite(other) || score > other;
    }

    private void advanceUnstarted() {
        while (nextUnstarted < members.length && members[nextUnstarted].started) {
            nextUnstarted++;
        }
    }

    /**
     * One member: its current position and score, and its personal best. The arrays are owned by
     * the member; read them, and change them only through {@link #moveTo(int[], double)}, or by
     * writing the position in place and then calling {@link #setScore(double)}.
     */
    static final class Member {

        private final int index;
        private final int[] position;
        private double score = Double.NaN;
        private boolean started;
        private final int[] best;
        private double bestScore = Double.NaN;

        Member(int index, int dimensionCount) {
            this.index = index;
            this.position = new int[dimensionCount];
            this.best = new int[dimensionCount];
        }

        /** Returns the member's index in the population. */
        int index() {
            return index;
        }

        /** Returns whether the member has a start position. */
        boolean started() {
            return started;
        }

        /** Returns the current position; the array is the member's own, so do not keep or change it. */
        int[] position() {
            return position;
        }

        /** Returns the score of the current position, which may be NaN or infinite. */
        double score() {
            return score;
        }

        /** Returns whether the member has seen a finite score. */
        boolean hasBest() {
            return !Double.isNaN(bestScore);
        }

        /** Returns the personal best position; meaningful only when {@link #hasBest()} is true. */
        int[] bestPosition() {
            return best;
        }

        /** Returns the highest finite score the member has seen, or NaN. */
        double bestScore() {
            return bestScore;
        }

        /** Forgets the personal best, so that the next score sets it whatever it is. */
        void forgetBest() {
            bestScore = Double.NaN;
        }

        /** Makes {@code position} current with {@code score} and updates the personal best. */
        void moveTo(int[] newPosition, double newScore) {
            System.arraycopy(newPosition, 0, position, 0, position.length);
            setScore(newScore);
        }

        /**
         * Sets the score of the current position, after the caller wrote the position in place, and
         * updates the personal best.
         */
        void setScore(double newScore) {
            score = newScore;
            started = true;
            if (isBetter(newScore, bestScore)) {
                System.arraycopy(position, 0, best, 0, best.length);
                bestScore = newScore;
            }
        }
    }
}
