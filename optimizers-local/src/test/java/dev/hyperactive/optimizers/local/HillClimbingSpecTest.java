package dev.hyperactive.optimizers.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HillClimbingSpecTest {

    private final HillClimbingProvider provider = new HillClimbingProvider();

    @Test
    void providerMetadata() {
        assertEquals("hill_climbing", provider.name());
        assertEquals("Hill Climbing", provider.displayName());
        assertEquals(OptimizerFamily.LOCAL, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("epsilon", 0.03);
        expected.put("distribution", "normal");
        expected.put("n_neighbours", 3);
        expected.put("rand_rest_p", 0.0);

        Map<String, Object> actual = new HillClimbingOptimizer().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void settersReturnNewSpec() {
        HillClimbingOptimizer defaults = new HillClimbingOptimizer();

        HillClimbingOptimizer changed = defaults.epsilon(0.05).distribution("laplace").neighbours(5)
                .randomRestartProbability(0.1);

        assertEquals(new HillClimbingOptimizer(), defaults);
        assertEquals(0.05, changed.epsilon());
        assertEquals(NoiseDistribution.LAPLACE, changed.distribution());
        assertEquals(5, changed.neighbours());
        assertEquals(0.1, changed.randomRestartProbability());
        assertNotEquals(defaults, changed);
    }

    @Test
    void negativeEpsilonIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HillClimbingOptimizer().epsilon(-1));

        assertEquals("epsilon must not be negative: -1.0", e.getMessage());
    }

    @Test
    void nonFiniteEpsilonIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HillClimbingOptimizer().epsilon(Double.NaN));

        assertEquals("epsilon must be a finite number: NaN", e.getMessage());
    }

    @Test
    void neighboursMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HillClimbingOptimizer().neighbours(0));

        assertEquals("n_neighbours must be positive: 0", e.getMessage());
    }

    @Test
    void randomRestartProbabilityMustBeInUnitInterval() {
        IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
                () -> new HillClimbingOptimizer().randomRestartProbability(1.5));
        IllegalArgumentException below = assertThrows(IllegalArgumentException.class,
                () -> new HillClimbingOptimizer().randomRestartProbability(-0.1));

        assertEquals("rand_rest_p must be between 0.0 and 1.0: 1.5", above.getMessage());
        assertEquals("rand_rest_p must be between 0.0 and 1.0: -0.1", below.getMessage());
    }

    @Test
    void unknownDistributionIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HillClimbingOptimizer().distribution("cauchy"));

        assertEquals("distribution must be one of normal, laplace, logistic, gumbel, uniform: 'cauchy'",
                e.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        HillClimbingOptimizer spec = provider.parse(Map.of("epsilon", "0.1", "distribution", "uniform",
                "n_neighbours", "4", "rand_rest_p", "0.25"));

        assertEquals(new HillClimbingOptimizer().epsilon(0.1).distribution(NoiseDistribution.UNIFORM)
                .neighbours(4).randomRestartProbability(0.25), spec);
    }

    @Test
    void parseOfUnknownParameterListsAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("step_size", "2")));

        assertEquals("unknown parameter 'step_size' for optimizer hill_climbing; accepted parameters: "
                + "epsilon, distribution, n_neighbours, rand_rest_p", e.getMessage());
    }

    @Test
    void parseOfInvalidValuesNamesParameter() {
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("epsilon", "big")));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("epsilon", "-1")));
        IllegalArgumentException badDistribution = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("distribution", "cauchy")));

        assertEquals("parameter epsilon of optimizer hill_climbing must be a number: 'big'", notNumber.getMessage());
        assertEquals("epsilon must not be negative: -1.0", negative.getMessage());
        assertEquals("parameter distribution of optimizer hill_climbing must be one of normal, laplace, "
                + "logistic, gumbel, uniform: 'cauchy'", badDistribution.getMessage());
    }

    @Test
    void createAcceptsNamedSpec() {
        OptimizerSpec named = OptimizerSpec.named("hill_climbing", Map.of("epsilon", "0"));
        OptimizerContext context = OptimizerContext.builder(50)
                .initialPositions(List.of(new int[] {17})).build();
        var run = provider.create(named, context);
        run.tell(run.ask(), 1.0);

        assertEquals(17, run.ask()[0]);
    }

    @Test
    void createRejectsSpecOfAnotherOptimizer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(OptimizerSpec.named("grid_search"), OptimizerContext.builder(3).build()));

        assertEquals("the hill_climbing provider cannot create a run of optimizer grid_search: grid_search{}",
                e.getMessage());
    }
}
