package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.OptimizerContext;

/** One run of simulated annealing, with the acceptance rule that {@link SimulatedAnnealingOptimizer} describes. */
final class SimulatedAnnealingRun extends AcceptanceRun {

    private final double annealingRate;
    private double temperature;

    SimulatedAnnealingRun(SimulatedAnnealingOptimizer spec, OptimizerContext context) {
        super(spec.climbing(), context);
        this.annealingRate = spec.annealingRate();
        this.temperature = spec.startTemperature();
    }

    @Override
    double acceptanceProbability(double difference, double spread) {
        if (!(temperature > 0)) {
            return 0;
        }
        if (difference == 0) {
            return 1;
        }
        double scale = temperature * spread;
        if (!(scale > 0)) {
            return 0;
        }
        return Math.exp(difference / scale);
    }

    @Override
    void afterTransition() {
        temperature *= annealingRate;
    }

    /** Returns the temperature of the next proposal. Used by tests. */
    double temperature() {
        return temperature;
    }
}
