package dev.hyperactive.optimizers.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Specs and providers of stochastic and repulsing hill climbing, simulated annealing and downhill simplex. */
class LocalSpecTest {

    static Stream<Arguments> metadata() {
        return Stream.of(
                Arguments.of(new StochasticHillClimbingProvider(), "stochastic_hill_climbing", "Stochastic Hill Climbing"),
                Arguments.of(new RepulsingHillClimbingProvider(), "repulsing_hill_climbing", "Repulsing Hill Climbing"),
                Arguments.of(new SimulatedAnnealingProvider(), "simulated_annealing", "Simulated Annealing"),
                Arguments.of(new DownhillSimplexProvider(), "downhill_simplex", "Downhill Simplex"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("metadata")
    void providerMetadata(OptimizerProvider provider, String name, String displayName) {
        assertEquals(name, provider.name());
        assertEquals(displayName, provider.displayName());
        assertEquals(OptimizerFamily.LOCAL, provider.family());
        assertEquals(name, provider.defaultSpec().name());
    }

    static Stream<Arguments> defaults() {
        return Stream.of(
                Arguments.of(new StochasticHillClimbingOptimizer(), climbingDefaults("p_accept", 0.5)),
                Arguments.of(new RepulsingHillClimbingOptimizer(), climbingDefaults("repulsion_factor", 5.0)),
                Arguments.of(new SimulatedAnnealingOptimizer(),
                        climbingDefaults("annealing_rate", 0.97, "start_temp", 1.0)),
                Arguments.of(new DownhillSimplexOptimizer(),
                        ordered("alpha", 1.0, "gamma", 2.0, "beta", 0.5, "sigma", 0.5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaults")
    void defaultParametersInOrder(OptimizerSpec spec, Map<String, Object> expected) {
        Map<String, Object> actual = spec.parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void stochasticSettersReturnNewSpec() {
        StochasticHillClimbingOptimizer defaults = new StochasticHillClimbingOptimizer();

        StochasticHillClimbingOptimizer changed = defaults.epsilon(0.1).distribution("gumbel").neighbours(4)
                .randomRestartProbability(0.2).acceptProbability(0.9);

        assertEquals(new StochasticHillClimbingOptimizer(), defaults);
        assertNotEquals(defaults, changed);
        assertEquals(0.1, changed.epsilon());
        assertEquals(NoiseDistribution.GUMBEL, changed.distribution());
        assertEquals(4, changed.neighbours());
        assertEquals(0.2, changed.randomRestartProbability());
        assertEquals(0.9, changed.acceptProbability());
    }

    @Test
    void repulsingSettersReturnNewSpec() {
        RepulsingHillClimbingOptimizer defaults = new RepulsingHillClimbingOptimizer();

        RepulsingHillClimbingOptimizer changed = defaults.epsilon(0.1).distribution("laplace").neighbours(2)
                .randomRestartProbability(0.3).repulsionFactor(8);

        assertEquals(new RepulsingHillClimbingOptimizer(), defaults);
        assertNotEquals(defaults, changed);
        assertEquals(0.1, changed.epsilon());
        assertEquals(NoiseDistribution.LAPLACE, changed.distribution());
        assertEquals(2, changed.neighbours());
        assertEquals(0.3, changed.randomRestartProbability());
        assertEquals(8.0, changed.repulsionFactor());
    }

    @Test
    void annealingSettersReturnNewSpec() {
        SimulatedAnnealingOptimizer defaults = new SimulatedAnnealingOptimizer();

        SimulatedAnnealingOptimizer changed = defaults.epsilon(0.2).distribution("uniform").neighbours(1)
                .randomRestartProbability(0.05).annealingRate(0.95).startTemperature(3);

        assertEquals(new SimulatedAnnealingOptimizer(), defaults);
        assertNotEquals(defaults, changed);
        assertEquals(0.2, changed.epsilon());
        assertEquals(NoiseDistribution.UNIFORM, changed.distribution());
        assertEquals(1, changed.neighbours());
        assertEquals(0.05, changed.randomRestartProbability());
        assertEquals(0.95, changed.annealingRate());
        assertEquals(3.0, changed.startTemperature());
    }

    @Test
    void simplexSettersReturnNewSpec() {
        DownhillSimplexOptimizer defaults = new DownhillSimplexOptimizer();

        DownhillSimplexOptimizer changed = defaults.alpha(1.5).gamma(3).beta(0.25).sigma(0.75);

        assertEquals(new DownhillSimplexOptimizer(), defaults);
        assertNotEquals(defaults, changed);
        assertEquals(1.5, changed.alpha());
        assertEquals(3.0, changed.gamma());
        assertEquals(0.25, changed.beta());
        assertEquals(0.75, changed.sigma());
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                invalid(() -> new StochasticHillClimbingOptimizer().acceptProbability(1.5),
                        "p_accept must be between 0.0 and 1.0: 1.5"),
                invalid(() -> new StochasticHillClimbingOptimizer().epsilon(-1), "epsilon must not be negative: -1.0"),
                invalid(() -> new StochasticHillClimbingOptimizer().neighbours(0), "n_neighbours must be positive: 0"),
                invalid(() -> new RepulsingHillClimbingOptimizer().repulsionFactor(0),
                        "repulsion_factor must be a positive finite number: 0.0"),
                invalid(() -> new RepulsingHillClimbingOptimizer().randomRestartProbability(2),
                        "rand_rest_p must be between 0.0 and 1.0: 2.0"),
                invalid(() -> new SimulatedAnnealingOptimizer().annealingRate(1.5),
                        "annealing_rate must be between 0.0 and 1.0: 1.5"),
                invalid(() -> new SimulatedAnnealingOptimizer().startTemperature(-1),
                        "start_temp must be a finite number that is not negative: -1.0"),
                invalid(() -> new SimulatedAnnealingOptimizer().startTemperature(Double.POSITIVE_INFINITY),
                        "start_temp must be a finite number that is not negative: Infinity"),
                invalid(() -> new SimulatedAnnealingOptimizer().epsilon(Double.NaN), "epsilon must be a finite number: NaN"),
                invalid(() -> new SimulatedAnnealingOptimizer().distribution("cauchy"),
                        "distribution must be one of normal, laplace, logistic, gumbel, uniform: 'cauchy'"),
                invalid(() -> new DownhillSimplexOptimizer().alpha(0), "alpha must be a positive finite number: 0.0"),
                invalid(() -> new DownhillSimplexOptimizer().gamma(-2), "gamma must be a positive finite number: -2.0"),
                invalid(() -> new DownhillSimplexOptimizer().beta(1.5), "beta must be between 0.0 and 1.0: 1.5"),
                invalid(() -> new DownhillSimplexOptimizer().sigma(-0.1), "sigma must be between 0.0 and 1.0: -0.1"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidValues")
    void invalidValueIsRejected(Executable setter, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, setter);

        assertEquals(message, e.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        assertEquals(new StochasticHillClimbingOptimizer().epsilon(0.1).distribution("logistic").neighbours(5)
                        .randomRestartProbability(0.1).acceptProbability(0.7),
                new StochasticHillClimbingProvider().parse(Map.of("epsilon", "0.1", "distribution", "logistic",
                        "n_neighbours", "5", "rand_rest_p", "0.1", "p_accept", "0.7")));
        assertEquals(new RepulsingHillClimbingOptimizer().epsilon(0.2).repulsionFactor(3),
                new RepulsingHillClimbingProvider().parse(Map.of("epsilon", "0.2", "repulsion_factor", "3")));
        assertEquals(new SimulatedAnnealingOptimizer().annealingRate(0.9).startTemperature(4).neighbours(2),
                new SimulatedAnnealingProvider().parse(Map.of("annealing_rate", "0.9", "start_temp", "4",
                        "n_neighbours", "2")));
        assertEquals(new DownhillSimplexOptimizer().alpha(2).gamma(4).beta(0.3).sigma(0.6),
                new DownhillSimplexProvider().parse(Map.of("alpha", "2", "gamma", "4", "beta", "0.3", "sigma", "0.6")));
    }

    @Test
    void parseOfUnknownParameterListsAcceptedOnes() {
        IllegalArgumentException annealing = assertThrows(IllegalArgumentException.class,
                () -> new SimulatedAnnealingProvider().parse(Map.of("temperature", "2")));
        IllegalArgumentException simplex = assertThrows(IllegalArgumentException.class,
                () -> new DownhillSimplexProvider().parse(Map.of("epsilon", "0.1")));

        assertEquals("unknown parameter 'temperature' for optimizer simulated_annealing; accepted parameters: "
                + "epsilon, distribution, n_neighbours, rand_rest_p, annealing_rate, start_temp", annealing.getMessage());
        assertEquals("unknown parameter 'epsilon' for optimizer downhill_simplex; accepted parameters: "
                + "alpha, gamma, beta, sigma", simplex.getMessage());
    }

    @Test
    void parseOfInvalidValueNamesParameter() {
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> new StochasticHillClimbingProvider().parse(Map.of("p_accept", "often")));
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
                () -> new SimulatedAnnealingProvider().parse(Map.of("annealing_rate", "2")));

        assertEquals("parameter p_accept of optimizer stochastic_hill_climbing must be a number: 'often'",
                notNumber.getMessage());
        assertEquals("annealing_rate must be between 0.0 and 1.0: 2.0", outOfRange.getMessage());
    }

    @Test
    void createAcceptsNamedSpec() {
        OptimizerContext context = OptimizerContext.builder(50).initialPositions(List.of(new int[] {17})).build();

        var run = new SimulatedAnnealingProvider()
                .create(OptimizerSpec.named("simulated_annealing", Map.of("start_temp", "0")), context);

        assertInstanceOf(SimulatedAnnealingRun.class, run);
        assertEquals(0.0, ((SimulatedAnnealingRun) run).temperature());
    }

    @Test
    void createRejectsSpecOfAnotherOptimizer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DownhillSimplexProvider()
                .create(new HillClimbingOptimizer(), OptimizerContext.builder(3).build()));

        assertEquals("the downhill_simplex provider cannot create a run of optimizer hill_climbing: "
                + new HillClimbingOptimizer(), e.getMessage());
    }

    private static Arguments invalid(Executable setter, String message) {
        return Arguments.of(setter, message);
    }

    private static Map<String, Object> climbingDefaults(Object... extra) {
        Map<String, Object> expected = ordered("epsilon", 0.03, "distribution", "normal", "n_neighbours", 3,
                "rand_rest_p", 0.0);
        expected.putAll(ordered(extra));
        return expected;
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
