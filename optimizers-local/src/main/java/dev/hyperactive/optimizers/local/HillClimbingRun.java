package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.OptimizerContext;

/** One run of hill climbing, following the rule that {@link HillClimbingOptimizer} describes. */
final class HillClimbingRun extends ClimbingRun {

    HillClimbingRun(HillClimbingOptimizer spec, OptimizerContext context) {
        super(spec.climbing(), context);
    }
}
