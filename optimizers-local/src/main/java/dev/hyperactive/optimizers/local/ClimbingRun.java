package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/**
 * One run of the hill climbing rule that {@link HillClimbingOptimizer} describes, with hooks for the
 * variants: {@link #stepEpsilon()} changes the step size of the next proposal, and
 * {@link #proposalEvaluated(int[], double, double)} receives every evaluated proposal after the window rule ran.
 */
abstract class ClimbingRun extends AbstractAskTellOptimizer {

    private final double epsilon;
    private final NoiseDistribution distribution;
    private final double randomRestartProbability;
    private final Moves moves;
    private final RandomGenerator random;

    private int[] current;
    private double currentScore = Double.NEGATIVE_INFINITY;

    /** The last evaluations with a finite score, as a ring buffer of positions and scores. */
    private final int neighbours;
    private final int[][] windowPositions;
    private final double[] windowScores;
    private int windowSize;
    private int windowNext;

    ClimbingRun(ClimbingSettings settings, OptimizerContext context) {
        super(context);
        this.epsilon = settings.epsilon();
        this.distribution = settings.distribution();
        this.randomRestartProbability = settings.randomRestartProbability();
        this.moves = new Moves(context);
        this.random = context.random();
        this.neighbours = settings.neighbours();
        // A run tells at most iterations() scores, so a larger window would never fill.
        int capacity = Math.max(1, Math.min(neighbours, context.iterations()));
        this.windowPositions = new int[capacity][context.dimensionCount()];
        this.windowScores = new double[capacity];
    }

    @Override
    protected void finishInitialization() {
        if (hasBest()) {
            current = bestPosition();
            currentScore = bestScore();
        } else {
            current = moves.validRandomPosition();
        }
    }

    @Override
    protected final int[] propose() {
        if (randomRestartProbability > 0 && random.nextDouble() < randomRestartProbability) {
            return moves.validRandomPosition();
        }
        return moves.validNeighbour(current, stepEpsilon(), distribution);
    }

    @Override
    protected void tellInitial(int[] position, double score) {
        remember(position, score);
    }

    @Override
    protected final void tellProposal(int[] position, double score) {
        double previousCurrentScore = currentScore;
        remember(position, score);
        if (evaluationCount() % neighbours == 0 && windowSize > 0) {
            moveToBestOfWindow();
        }
        proposalEvaluated(position, score, previousCurrentScore);
    }

    /** Returns the step size of the next proposal; the spec's epsilon unless a variant overrides it. */
    double stepEpsilon() {
        return epsilon;
    }

    /**
     * Called after each evaluated proposal, once the window rule has run. The default does nothing.
     *
     * @param previousCurrentScore the current score before the proposal was told
     */
    void proposalEvaluated(int[] position, double score, double previousCurrentScore) {
    }

    /** Returns the spec's step size. */
    final double epsilon() {
        return epsilon;
    }

    /** Returns the run's random generator. */
    final RandomGenerator random() {
        return random;
    }

    /** Returns the score of the current position, negative infinity while no finite score was told. */
    final double currentScore() {
        return currentScore;
    }

    /** Makes {@code position} with its {@code score} the current position. */
    final void moveCurrent(int[] position, double score) {
        System.arraycopy(position, 0, current, 0, current.length);
        currentScore = score;
    }

    /** Returns a copy of the current position, or null before the first own proposal. Used by tests. */
    final int[] currentPosition() {
        return current == null ? null : current.clone();
    }

    private void remember(int[] position, double score) {
        if (!Double.isFinite(score)) {
            return;
        }
        System.arraycopy(position, 0, windowPositions[windowNext], 0, position.length);
        windowScores[windowNext] = score;
        windowNext = (windowNext + 1) % windowScores.length;
        windowSize = Math.min(windowSize + 1, windowScores.length);
    }

    /** Moves current to the best of the window if that is strictly better. Among equal scores the latest wins. */
    private void moveToBestOfWindow() {
        int best = -1;
        for (int age = windowSize - 1; age >= 0; age--) {
            int slot = Math.floorMod(windowNext - 1 - age, windowScores.length);
            if (best < 0 || windowScores[slot] >= windowScores[best]) {
                best = slot;
            }
        }

        if (windowScores[best] > currentScore) {
            moveCurrent(windowPositions[best], windowScores[best]);
        }
    }
}
