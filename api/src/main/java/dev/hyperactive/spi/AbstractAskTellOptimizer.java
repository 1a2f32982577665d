package dev.hyperactive.spi;

import java.util.List;

/**
 * A base for optimizers that handles what every run shares: the initial positions first, then the
 * optimizer's own proposals, and the tracking of the best finite score.
 *
 * <p>{@link #ask()} returns the context's initial positions, in order and each as a fresh copy.
 * Once they are used up, it calls {@link #finishInitialization()} once and from then on returns
 * what {@link #propose()} returns. {@link #tell(int[], double)} updates the best score and position,
 * then calls {@link #tellInitial(int[], double)} or {@link #tellProposal(int[], double)}, depending
 * on where the asked position came from. {@link #reject(int[])} calls {@link #rejected(int[], boolean)}.
 *
 * <p>The best is the first position with the highest finite score: NaN and infinite scores never
 * become the best, and a later equal score does not replace an earlier one. Until a finite score is
 * told, {@link #bestScore()} is NaN and {@link #bestPosition()} is null.
 *
 * <p>A minimal optimizer that proposes uniform random positions:
 * <pre>{@code
 * final class RandomRun extends AbstractAskTellOptimizer {
 *     private final Moves moves;
 *
 *     RandomRun(OptimizerContext context) {
 *         super(context);
 *         moves = new Moves(context);
 *     }
 *
 *     protected int[] propose() {
 *         return moves.validRandomPosition();
 *     }
 * }
 * }</pre>
 */
public abstract class AbstractAskTellOptimizer implements AskTellOptimizer {

    private final OptimizerContext context;
    private final int[][] initialPositions;
    private int initialsAsked;
    private boolean lastAskWasInitial;
    private boolean initializationFinished;
    private long evaluationCount;
    private final int[] bestPosition;
    private boolean hasBest;
    private double bestScore = Double.NaN;

    /**
     * Creates a run over the context's space and copies its initial positions.
     *
     * @throws NullPointerException if {@code context} is null
     */
    protected AbstractAskTellOptimizer(OptimizerContext context) {
        this.context = Checks.notNull("context", context);
        List<int[]> initials = context.initialPositions();
        this.initialPositions = initials.toArray(new int[0][]);
        this.bestPosition = new int[context.dimensionCount()];
    }

    /** Returns the context of this run. */
    protected final OptimizerContext context() {
        return context;
    }

    /**
     * Returns the next initial position while any is left, and otherwise the optimizer's own
     * proposal from {@link #propose()}.
     */
    @Override
    public final int[] ask() {
        if (initialsAsked < initialPositions.length) {
            lastAskWasInitial = true;
            return initialPositions[initialsAsked++].clone();
        }

        if (!initializationFinished) {
            initializationFinished = true;
            finishInitialization();
        }
        lastAskWasInitial = false;
        return propose();
    }

    /** Updates the best finite score, then passes the evaluation to the matching hook. */
    @Override
    public final void tell(int[] position, double score) {
        evaluationCount++;
        if (Double.isFinite(score) && (!hasBest || score > bestScore)) {
            System.arraycopy(position, 0, bestPosition, 0, bestPosition.length);
            bestScore = score;
            hasBest = true;
        }

        if (lastAskWasInitial) {
            tellInitial(position, score);
        } else {
            tellProposal(position, score);
        }
    }

    /** Passes the rejection to {@link #rejected(int[], boolean)}. */
    @Override
    public final void reject(int[] position) {
        rejected(position, lastAskWasInitial);
    }

    /**
     * Returns the optimizer's next own position: a fresh array with one index per dimension, each
     * in {@code [0, size)}. Called only after the initial positions are used up.
     */
    protected abstract int[] propose();

    /**
     * Called once, right before the first call of {@link #propose()}, after every initial position
     * was asked and told or rejected. The default does nothing.
     */
    protected void finishInitialization() {
    }

    /**
     * Receives the score of an initial position, after the best was updated. The default does
     * nothing.
     */
    protected void tellInitial(int[] position, double score) {
    }

    /**
     * Receives the score of a position from {@link #propose()}, after the best was updated. The
     * default does nothing.
     */
    protected void tellProposal(int[] position, double score) {
    }

    /**
     * Receives a position that violated a constraint and was not evaluated. The default does
     * nothing, so the next ask proposes again.
     *
     * @param position the rejected position
     * @param initial whether it was one of the initial positions
     */
    protected void rejected(int[] position, boolean initial) {
    }

    /**
     * Returns whether the run is still in its initial phase: true until the first call of
     * {@link #propose()} is about to happen.
     */
    protected final boolean inInitialPhase() {
        return !initializationFinished;
    }

    /** Returns the number of initial positions of the context. */
    protected final int initialPositionCount() {
        return initialPositions.length;
    }

    /**
     * Returns the number of scores told so far, initial positions included. Gradient-Free-Optimizers
     * calls this count {@code nth_trial}.
     */
    protected final long evaluationCount() {
        return evaluationCount;
    }

    /** Returns whether a finite score was told. */
    public final boolean hasBest() {
        return hasBest;
    }

    /** Returns the best finite score told so far, or NaN if there is none. */
    public final double bestScore() {
        return bestScore;
    }

    /** Returns a copy of the position with the best finite score, or null if there is none. */
    public final int[] bestPosition() {
        return hasBest ? bestPosition.clone() : null;
    }
}
