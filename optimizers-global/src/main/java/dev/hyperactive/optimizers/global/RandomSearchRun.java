package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;

/** One run of random search. */
final class RandomSearchRun extends AbstractAskTellOptimizer {

    private final Moves moves;

    RandomSearchRun(OptimizerContext context) {
        super(context);
        this.moves = new Moves(context);
    }

    @Override
    protected int[] propose() {
        return moves.validRandomPosition();
    }
}
