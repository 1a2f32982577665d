package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.OptimizerContext;

/** One run of repulsing hill climbing, following the rule that {@link RepulsingHillClimbingOptimizer} describes. */
final class RepulsingHillClimbingRun extends ClimbingRun {

    private final double repulsionFactor;
    private boolean repulsed;

    RepulsingHillClimbingRun(RepulsingHillClimbingOptimizer spec, OptimizerContext context) {
        super(spec.climbing(), context);
        this.repulsionFactor = spec.repulsionFactor();
    }

    @Override
    double stepEpsilon() {
        return repulsed ? epsilon() * repulsionFactor : epsilon();
    }

    @Override
    void proposalEvaluated(int[] position, double score, double previousCurrentScore) {
        repulsed = !(Double.isFinite(score) && score > previousCurrentScore);
    }

    /** Returns whether the next step is enlarged by the repulsion factor. Used by tests. */
    boolean repulsed() {
        return repulsed;
    }
}
