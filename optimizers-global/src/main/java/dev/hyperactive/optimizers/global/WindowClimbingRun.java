package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/**
 * The base of the random annealing and random restart hill climbing runs. It starts at the best
 * initial position, takes steps that {@code rand_rest_p} replaces by random positions, and applies
 * the {@link ClimbingWindow} move rule after every {@code n_neighbours}-th evaluation. Subclasses
 * choose the step size of each proposal and may propose positions of their own.
 */
abstract class WindowClimbingRun extends AbstractAskTellOptimizer {

    private final ClimbingParameters climbing;
    private final Moves moves;
    private final RandomGenerator random;
    private final ClimbingWindow window;

    WindowClimbingRun(ClimbingParameters climbing, OptimizerContext context) {
        super(context);
        this.climbing = climbing;
        this.moves = new Moves(context);
        this.random = context.random();
        this.window = new ClimbingWindow(climbing.neighbours(), context.dimensionCount(), context.iterations());
    }

    /** Returns the base step size, {@code epsilon}. */
    final double epsilon() {
        return climbing.epsilon();
    }

    /** Returns a uniform random valid position. */
    final int[] randomPosition() {
        return moves.validRandomPosition();
    }

    /**
     * Returns a uniform random position with probability {@code rand_rest_p}, and otherwise a step of
     * size {@code stepSize} from the current position.
     */
    final int[] step(double stepSize) {
        double restart = climbing.randomRestartProbability();
        if (restart > 0 && random.nextDouble() < restart) {
            return moves.validRandomPosition();
        }
        return moves.validNeighbour(window.current(), stepSize, climbing.distribution());
    }

    @Override
    protected final void finishInitialization() {
        if (hasBest()) {
            window.setCurrent(bestPosition(), bestScore());
        } else {
            window.setCurrent(moves.validRandomPosition(), Double.NEGATIVE_INFINITY);
        }
    }

    @Override
    protected final void tellInitial(int[] position, double score) {
        window.record(position, score);
    }

    @Override
    protected final void tellProposal(int[] position, double score) {
        window.record(position, score);
        if (evaluationCount() % window.neighbours() == 0) {
            window.moveToBestIfBetter();
        }
    }
}
