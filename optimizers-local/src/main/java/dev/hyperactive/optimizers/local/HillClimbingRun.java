package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/** One run of hill climbing, following the rule that {@link HillClimbingOptimizer} describes. */
final class HillClimbingRun extends AbstractAskTellOptimizer {

    private final double epsilon;
    private final NoiseDistribution distribution;
    private final double randomRestartProbability;
    private final Moves moves;
    private final RandomGenerator random;

    private int[] current;
    private double currentScore = Double.NEGATIVE_INFINITY;

    /** The last evaluations with a finite score, as a ring buffer of positions and scores. */
    private final int[][] windowPositions;
    private final double[] windowScores;
    private int windowSize;
    private int windowNext;

    HillClimbingRun(HillClimbingOptimizer spec, OptimizerContext context) {
        super(context);
        this.epsilon = spec.epsilon();
        this.distribution = spec.distribution();
        this.randomRestartProbability = spec.randomRestartProbability();
        this.moves = new Moves(context);
        this.random = context.random();
        this.windowPositions = new int[spec.neighbours()][context.dimensionCount()];
        this.windowScores = new double[spec.neighbours()];
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
    protected int[] propose() {
        if (randomRestartProbability > 0 && random.nextDouble() < randomRestartProbability) {
            return moves.validRandomPosition();
        }
        return moves.validNeighbour(current, epsilon, distribution);
    }

    @Override
    protected void tellInitial(int[] position, double score) {
        remember(position, score);
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        remember(position, score);
        if (evaluationCount() % windowScores.length == 0 && windowSize > 0) {
            moveToBestOfWindow();
        }
    }

    /** Returns a copy of the current position, or null before the first own proposal. Used by tests. */
    int[] currentPosition() {
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
            System.arraycopy(windowPositions[best], 0, current, 0, current.length);
            currentScore = windowScores[best];
        }
    }
}
