package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.OptimizerContext;

/** One run of random annealing, as {@link RandomAnnealingOptimizer} describes it. */
final class RandomAnnealingRun extends WindowClimbingRun {

    private final double annealingRate;
    private double temperature;

    RandomAnnealingRun(RandomAnnealingOptimizer spec, OptimizerContext context) {
        super(spec.climbing(), context);
        this.annealingRate = spec.annealingRate();
        this.temperature = spec.startTemperature();
    }

    @Override
    protected int[] propose() {
        double stepSize = epsilon() * temperature;
        temperature *= annealingRate;
        return step(stepSize);
    }

    /** Returns the temperature of the next proposal. Used by tests. */
    double temperature() {
        return temperature;
    }
}
