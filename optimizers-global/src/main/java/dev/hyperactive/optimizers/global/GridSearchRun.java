package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;

/** One run of grid search: the initial positions, then the grid walk. */
final class GridSearchRun extends AbstractAskTellOptimizer {

    private final Moves moves;
    private final Moves.Move nextGridPoint;

    GridSearchRun(GridSearchOptimizer spec, OptimizerContext context) {
        super(context);
        this.moves = new Moves(context);
        GridWalk walk = GridWalk.create(context.dimensionSizes(), spec.stepSize(),
                spec.direction().equals(GridSearchOptimizer.DIAGONAL));
        this.nextGridPoint = walk::next;
    }

    @Override
    protected int[] propose() {
        return moves.satisfying(nextGridPoint);
    }
}
