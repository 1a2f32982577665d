package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.Map;

/**
 * The random-search baseline of the quality tests: the initial positions, then uniform random
 * positions, as random search proposes them. It lives here so that the tests need no other
 * optimizer module.
 */
final class UniformRandomProvider implements OptimizerProvider {

    static final String NAME = "uniform_random_baseline";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return "Uniform Random Baseline";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.GLOBAL;
    }

    @Override
    public OptimizerSpec defaultSpec() {
        return OptimizerSpec.named(NAME);
    }

    @Override
    public OptimizerSpec parse(Map<String, String> parameters) {
        return OptimizerSpec.named(NAME, parameters);
    }

    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Moves moves = new Moves(context);
        return new AbstractAskTellOptimizer(context) {
            @Override
            protected int[] propose() {
                return moves.validRandomPosition();
            }
        };
    }
}
