package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.OptimizerContext;

/** One run of stochastic hill climbing, with the acceptance rule that {@link StochasticHillClimbingOptimizer} describes. */
final class StochasticHillClimbingRun extends AcceptanceRun {

    private final double acceptProbability;

    StochasticHillClimbingRun(StochasticHillClimbingOptimizer spec, OptimizerContext context) {
        super(spec.climbing(), context);
        this.acceptProbability = spec.acceptProbability();
    }

    @Override
    double acceptanceProbability(double difference, double spread) {
        if (difference == 0) {
            return acceptProbability;
        }
        if (!(spread > 0)) {
            return 0;
        }
        return 2 * acceptProbability / (1 + Math.exp(-difference / spread));
    }
}
