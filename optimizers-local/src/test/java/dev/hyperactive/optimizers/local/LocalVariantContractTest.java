package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.testkit.OptimizerContractTest;
import org.junit.jupiter.api.Nested;

/** The contract with non-default branches on, one nested class per optimizer. */
class LocalVariantContractTest {

    /** Random restarts, a single neighbour and a hot start, so that worse moves are common. */
    @Nested
    class SimulatedAnnealingVariant extends OptimizerContractTest {

        @Override
        protected OptimizerProvider provider() {
            return new SimulatedAnnealingProvider();
        }

        @Override
        protected OptimizerSpec spec() {
            return new SimulatedAnnealingOptimizer().startTemperature(50).annealingRate(0.999).neighbours(1)
                    .randomRestartProbability(0.2).distribution("laplace");
        }
    }

    /** Certain acceptance of equal scores, random restarts and uniform noise. */
    @Nested
    class StochasticHillClimbingVariant extends OptimizerContractTest {

        @Override
        protected OptimizerProvider provider() {
            return new StochasticHillClimbingProvider();
        }

        @Override
        protected OptimizerSpec spec() {
            return new StochasticHillClimbingOptimizer().acceptProbability(1).randomRestartProbability(0.2)
                    .distribution("uniform");
        }
    }

    /** A repulsion large enough to switch categories on every enlarged step. */
    @Nested
    class RepulsingHillClimbingVariant extends OptimizerContractTest {

        @Override
        protected OptimizerProvider provider() {
            return new RepulsingHillClimbingProvider();
        }

        @Override
        protected OptimizerSpec spec() {
            return new RepulsingHillClimbingOptimizer().repulsionFactor(40).epsilon(0.05).randomRestartProbability(0.1);
        }
    }

    /** Coefficients away from the defaults: a long expansion, weak contraction and strong shrink. */
    @Nested
    class DownhillSimplexVariant extends OptimizerContractTest {

        @Override
        protected OptimizerProvider provider() {
            return new DownhillSimplexProvider();
        }

        @Override
        protected OptimizerSpec spec() {
            return new DownhillSimplexOptimizer().alpha(1.5).gamma(3).beta(0.9).sigma(0.1);
        }
    }
}
