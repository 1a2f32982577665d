package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/** One run of random restart hill climbing, as {@link RandomRestartHillClimbingOptimizer} describes it. */
final class RandomRestartHillClimbingRun extends AbstractAskTellOptimizer {

    private final double epsilon;
    private final NoiseDistribution distribution;
    private final int restartInterval;
    private final double randomRestartProbability;
    private final Moves moves;
    private final RandomGenerator random;
    private final ClimbingWindow window;

    RandomRestartHillClimbingRun(RandomRestartHillClimbingOptimizer spec, OptimizerContext context) {
        super(context);
        this.epsilon = spec.epsilon();
        this.distribution = spec.distribution();
        this.restartInterval = spec.restartInterval();
        this.randomRestartProbability = spec.randomRestartProbability();
        this.moves = new Moves(context);
        this.random = context.random();
        this.window = new ClimbingWindow(spec.neighbours(), context.dimensionCount(), context.iterations());
    }

    @Override
    protected void finishInitialization() {
        if (hasBest()) {
            window.setCurrent(bestPosition(), bestScore());
        } else {
            window.setCurrent(moves.validRandomPosition(), Double.NEGATIVE_INFINITY);
        }
    }

    @Override
    protected int[] propose() {
        long trial = evaluationCount();
        if (trial != 0 && trial % restartInterval == 0) {
            return moves.validRandomPosition();
        }
        if (randomRestartProbability > 0 && random.nextDouble() < randomRestartProbability) {
            return moves.validRandomPosition();
        }
        return moves.validNeighbour(window.current(), epsilon, distribution);
    }

    @Override
    protected void tellInitial(int[] position, double score) {
        window.record(position, score);
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        window.record(position, score);
        if (evaluationCount() % window.neighbours() == 0) {
            window.moveToBestIfBetter();
        }
    }
}
