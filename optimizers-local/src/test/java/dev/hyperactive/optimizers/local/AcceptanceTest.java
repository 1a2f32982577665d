package dev.hyperactive.optimizers.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The transition checks of Gradient-Free-Optimizers for simulated annealing and stochastic hill
 * climbing, ported to the score-difference rule, on the parabola {@code -x^2} for x in -100..100
 * starting from one end.
 */
class AcceptanceTest {

    private static final ToDoubleFunction<int[]> PARABOLA = position -> {
        double x = position[0] - 100;
        return -x * x;
    };

    @Test
    void annealingAtZeroTemperatureAcceptsNothing() {
        AcceptanceRun run = runParabola(new SimulatedAnnealingOptimizer().startTemperature(0), 1, 1000);

        assertTrue(run.consideredTransitions() > 0, "considered: " + run.consideredTransitions());
        assertEquals(0, run.acceptedTransitions());
    }

    @Test
    void annealingAtZeroTemperatureRejectsEqualScores() {
        AcceptanceRun run = runParabola(new SimulatedAnnealingOptimizer().startTemperature(0).epsilon(0), 1, 1000);

        assertEquals(999, run.consideredTransitions());
        assertEquals(0, run.acceptedTransitions());
    }

    @Test
    void annealingWithEpsilonZeroAcceptsEveryTransition() {
        for (double temperature : new double[] {0.001, 0.1, 1, 10}) {
            SimulatedAnnealingOptimizer spec = new SimulatedAnnealingOptimizer().epsilon(0).startTemperature(temperature);

            AcceptanceRun run = runParabola(spec, 1, 1000);

            assertEquals(999, run.consideredTransitions(), "considered at start_temp " + temperature);
            assertEquals(999, run.acceptedTransitions(), "accepted at start_temp " + temperature);
        }
    }

    @Test
    void annealingRateZeroAcceptsAtMostOne() {
        for (long seed = 0; seed < 10; seed++) {
            AcceptanceRun run = runParabola(new SimulatedAnnealingOptimizer().annealingRate(0), seed, 1000);

            assertTrue(run.acceptedTransitions() <= 1, "seed " + seed + ": " + run.acceptedTransitions());
        }
    }

    @Test
    void slowCoolingAcceptsMore() {
        for (long seed = 0; seed < 10; seed++) {
            long fast = runParabola(new SimulatedAnnealingOptimizer().annealingRate(0.1), seed, 1000)
                    .acceptedTransitions();
            long slow = runParabola(new SimulatedAnnealingOptimizer().annealingRate(0.99), seed, 1000)
                    .acceptedTransitions();

            assertTrue(slow > fast, "seed " + seed + ": rate 0.99 accepted " + slow + ", rate 0.1 " + fast);
        }
    }

    @Test
    void temperatureFallsPerProposal() {
        SimulatedAnnealingRun run = (SimulatedAnnealingRun) runParabola(
                new SimulatedAnnealingOptimizer().startTemperature(2).annealingRate(0.5), 1, 4);

        assertEquals(2 * 0.5 * 0.5 * 0.5, run.temperature());
    }

    @Test
    void stochasticAcceptsMoreWithHigherProbability() {
        for (long seed = 0; seed < 10; seed++) {
            long half = runParabola(new StochasticHillClimbingOptimizer(), seed, 1000).acceptedTransitions();
            long full = runParabola(new StochasticHillClimbingOptimizer().acceptProbability(1), seed, 1000)
                    .acceptedTransitions();

            assertTrue(full > half, "seed " + seed + ": p_accept 1 accepted " + full + ", p_accept 0.5 " + half);
        }
    }

    @Test
    void stochasticAcceptsEqualScoresWithProbabilityAccept() {
        AcceptanceRun run = runParabola(new StochasticHillClimbingOptimizer().epsilon(0), 1, 1000);

        double share = (double) run.acceptedTransitions() / run.consideredTransitions();
        assertEquals(999, run.consideredTransitions());
        assertTrue(share > 0.45, "share of equal scores accepted: " + share);
        assertTrue(share < 0.6, "share of equal scores accepted: " + share);
    }

    @Test
    void stochasticWithZeroProbabilityAcceptsNothing() {
        AcceptanceRun run = runParabola(new StochasticHillClimbingOptimizer().acceptProbability(0), 1, 1000);

        assertTrue(run.consideredTransitions() > 0, "considered: " + run.consideredTransitions());
        assertEquals(0, run.acceptedTransitions());
    }

    @Test
    void nonFiniteScoresNeverBecomeCurrent() {
        OptimizerContext context = OptimizerContext.builder(201).seed(3)
                .initialPositions(List.of(new int[] {100})).build();
        AcceptanceRun run = (AcceptanceRun) new SimulatedAnnealingProvider()
                .create(new SimulatedAnnealingOptimizer().startTemperature(1000).annealingRate(1), context);
        run.tell(run.ask(), -1.0);

        double[] failures = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < 30; i++) {
            run.tell(run.ask(), failures[i % 3]);
        }

        assertArrayEquals(new int[] {100}, run.currentPosition());
        assertEquals(0, run.consideredTransitions());
    }

    /**
     * Maximizing {@code -loss} and {@code 1000 - loss} gives the same positions. The loss is an integer,
     * so that both score series are exact and their differences equal.
     */
    @Test
    void offsetOfScoresDoesNotChangeMoves() {
        List<OptimizerProvider> providers = List.of(new HillClimbingProvider(), new StochasticHillClimbingProvider(),
                new RepulsingHillClimbingProvider(), new SimulatedAnnealingProvider(), new DownhillSimplexProvider());
        int[] sizes = {101, 101, 101, 101, 101};
        ToDoubleFunction<int[]> loss = position -> {
            double sum = 0;
            for (int d = 0; d < position.length; d++) {
                double offset = position[d] - Benchmarks.SHIFTED_OPTIMUM[d];
                sum += offset * offset;
            }
            return sum;
        };

        for (OptimizerProvider provider : providers) {
            for (long seed = 0; seed < 3; seed++) {
                int[][] negated = asks(provider, sizes, seed, position -> -loss.applyAsDouble(position));
                int[][] shifted = asks(provider, sizes, seed, position -> 1000 - loss.applyAsDouble(position));

                assertArrayEquals(negated, shifted, provider.name() + ", seed " + seed);
            }
        }
    }

    private static int[][] asks(OptimizerProvider provider, int[] sizes, long seed, ToDoubleFunction<int[]> objective) {
        OptimizerContext context = OptimizerContext.builder(sizes).seed(seed)
                .initialPositions(Benchmarks.defaultInitialPositions(sizes, seed)).build();
        AskTellOptimizer run = provider.create(provider.defaultSpec(), context);
        int[][] positions = new int[300][];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = run.ask();
            run.tell(positions[i], objective.applyAsDouble(positions[i]));
        }
        return positions;
    }

    /** Runs {@code evaluations} on the parabola from the vertex -100 and returns the run. */
    private static AcceptanceRun runParabola(OptimizerSpec spec, long seed, int evaluations) {
        OptimizerContext context = OptimizerContext.builder(201).seed(seed)
                .initialPositions(List.of(new int[] {0})).build();
        OptimizerProvider provider = spec instanceof SimulatedAnnealingOptimizer ? new SimulatedAnnealingProvider()
                : new StochasticHillClimbingProvider();
        AcceptanceRun run = (AcceptanceRun) provider.create(spec, context);
        Benchmarks.bestScore(run, evaluations, PARABOLA);
        return run;
    }
}
