package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.OptimizerContext;

/** One run of random restart hill climbing, as {@link RandomRestartHillClimbingOptimizer} describes it. */
final class RandomRestartHillClimbingRun extends WindowClimbingRun {

    private final int restartInterval;

    RandomRestartHillClimbingRun(RandomRestartHillClimbingOptimizer spec, OptimizerContext context) {
        super(spec.climbing(), context);
        this.restartInterval = spec.restartInterval();
    }

    @Override
    protected int[] propose() {
        long trial = evaluationCount();
        if (trial != 0 && trial % restartInterval == 0) {
            return randomPosition();
        }
        return step(epsilon());
    }
}
