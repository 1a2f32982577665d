package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CmaEsSpecTest {

    private final CmaEsProvider provider = new CmaEsProvider();

    @Test
    void providerMetadata() {
        assertEquals("cma_es", provider.name());
        assertEquals("CMA-ES", provider.displayName());
        assertEquals(OptimizerFamily.POPULATION, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("population", "auto");
        expected.put("mu", "auto");
        expected.put("sigma", 0.3);
        expected.put("ipop_restart", false);
        expected.put("boundary", "clip");

        Map<String, Object> actual = new CmaEsOptimizer().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void settersReturnNewSpec() {
        CmaEsOptimizer changed = new CmaEsOptimizer().population(12).mu(3).sigma(0.1).ipopRestart(true)
                .boundary(Boundary.REFLECT);

        assertEquals(OptionalInt.of(12), changed.population());
        assertEquals(OptionalInt.of(3), changed.mu());
        assertEquals(0.1, changed.sigma());
        assertEquals(true, changed.ipopRestart());
        assertEquals(Boundary.REFLECT, changed.boundary());
        assertEquals(new CmaEsOptimizer(), changed.automaticPopulation().automaticMu().sigma(0.3).ipopRestart(false)
                .boundary("clip"));
    }

    @Test
    void populationMustBeInRange() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> new CmaEsOptimizer().population(1));
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
                () -> new CmaEsOptimizer().population(4096));

        assertEquals("population must be between 2 and 2048: 1", low.getMessage());
        assertEquals("population must be between 2 and 2048: 4096", high.getMessage());
    }

    @Test
    void muMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CmaEsOptimizer().mu(0));

        assertEquals("mu must be positive: 0", e.getMessage());
    }

    @Test
    void sigmaMustBeInRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CmaEsOptimizer().sigma(11));

        assertEquals("sigma must be between 1.0E-20 and 10.0: 11.0", e.getMessage());
    }

    @Test
    void muAbovePopulationIsRejected() {
        CmaEsOptimizer four = new CmaEsOptimizer().population(4);
        CmaEsOptimizer five = new CmaEsOptimizer().mu(5);

        IllegalArgumentException muLater = assertThrows(IllegalArgumentException.class, () -> four.mu(5));
        IllegalArgumentException populationLater = assertThrows(IllegalArgumentException.class,
                () -> five.population(4));

        assertEquals("mu must not exceed the population: 5 > 4", muLater.getMessage());
        assertEquals("mu must not exceed the population: 5 > 4", populationLater.getMessage());
    }

    @Test
    void muAbovePopulationIsRejectedAtParse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(java.util.Map.of("population", "4", "mu", "5")));

        assertEquals("mu must not exceed the population: 5 > 4", e.getMessage());
    }

    @Test
    void muAboveAutomaticPopulationFailsAtCreate() {
        OptimizerContext context = OptimizerContext.builder(10, 10).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(new CmaEsOptimizer().mu(50), context));

        assertEquals("mu must not exceed the population: 50 > 6, the automatic population of 2 dimensions;"
                + " set population as well", e.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        CmaEsOptimizer spec = provider.parse(Map.of("population", "20", "mu", "5", "sigma", "0.2",
                "ipop_restart", "true", "boundary", "periodic"));

        assertEquals(new CmaEsOptimizer().population(20).mu(5).sigma(0.2).ipopRestart(true)
                .boundary(Boundary.PERIODIC), spec);
    }

    @Test
    void parseAcceptsAuto() {
        assertEquals(new CmaEsOptimizer(), provider.parse(Map.of("population", "auto", "mu", "auto")));
    }

    @Test
    void parseOfInvalidValuesNamesParameter() {
        IllegalArgumentException population = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("population", "many")));
        IllegalArgumentException restart = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("ipop_restart", "yes")));
        IllegalArgumentException boundary = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("boundary", "wrap")));

        assertEquals("parameter population of optimizer cma_es must be an integer: 'many'", population.getMessage());
        assertEquals("parameter ipop_restart of optimizer cma_es must be true or false: 'yes'", restart.getMessage());
        assertEquals("parameter boundary of optimizer cma_es must be one of clip, reflect, periodic, random, "
                + "intermediate: 'wrap'", boundary.getMessage());
    }

    @Test
    void parseOfUnknownParameterListsAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("lambda", "8")));

        assertEquals("unknown parameter 'lambda' for optimizer cma_es; accepted parameters: "
                + "population, mu, sigma, ipop_restart, boundary", e.getMessage());
    }
}
