package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BayesianSpecTest {

    private final BayesianOptimizerProvider provider = new BayesianOptimizerProvider();

    @Test
    void providerMetadata() {
        assertEquals("bayesian_optimization", provider.name());
        assertEquals("Bayesian Optimization", provider.displayName());
        assertEquals(OptimizerFamily.SMBO, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("warm_start_smbo", true);
        expected.put("max_sample_size", 10_000_000);
        expected.put("sampling", Map.of("random", 1_000_000));
        expected.put("replacement", true);
        expected.put("xi", 0.03);

        Map<String, Object> actual = new BayesianOptimizer().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void settersReturnNewSpec() {
        BayesianOptimizer defaults = new BayesianOptimizer();

        BayesianOptimizer changed = defaults.xi(0.1).warmStartSmbo(false).maxSampleSize(500).sampling(200)
                .replacement(false);

        assertEquals(new BayesianOptimizer(), defaults);
        assertEquals(0.1, changed.xi());
        assertEquals(false, changed.warmStartSmbo());
        assertEquals(500, changed.maxSampleSize());
        assertEquals(200, changed.sampling());
        assertEquals(false, changed.replacement());
        assertNotEquals(defaults, changed);
        assertEquals(0, changed.withoutSampling().sampling());
        assertEquals(false, changed.withoutSampling().parameters().get("sampling"));
    }

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException xi = assertThrows(IllegalArgumentException.class,
                () -> new BayesianOptimizer().xi(-0.5));
        IllegalArgumentException nanXi = assertThrows(IllegalArgumentException.class,
                () -> new BayesianOptimizer().xi(Double.NaN));
        IllegalArgumentException maxSampleSize = assertThrows(IllegalArgumentException.class,
                () -> new BayesianOptimizer().maxSampleSize(0));
        IllegalArgumentException sampling = assertThrows(IllegalArgumentException.class,
                () -> new BayesianOptimizer().sampling(-3));

        assertEquals("xi must not be negative: -0.5", xi.getMessage());
        assertEquals("xi must be a finite number: NaN", nanXi.getMessage());
        assertEquals("max_sample_size must be positive: 0", maxSampleSize.getMessage());
        assertEquals("sampling must be positive: -3", sampling.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        BayesianOptimizer spec = provider.parse(Map.of("warm_start_smbo", "false", "max_sample_size", "5000",
                "sampling", "{\"random\": 300}", "replacement", "false", "xi", "0.2"));

        assertEquals(new BayesianOptimizer().warmStartSmbo(false).maxSampleSize(5000).sampling(300)
                .replacement(false).xi(0.2), spec);
    }

    @Test
    void parseAcceptsEverySamplingForm() {
        for (String form : List.of("300", "{random=300}", "random:300", "{'random': 300}", " {\"random\" : 300} ")) {
            assertEquals(300, provider.parse(Map.of("sampling", form)).sampling(), form);
        }
        assertEquals(0, provider.parse(Map.of("sampling", "False")).sampling());
    }

    @Test
    void parseOfInvalidSamplingNamesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("sampling", "{grid: 5}")));

        assertEquals("parameter sampling of optimizer bayesian_optimization must be false, a count or "
                + "{\"random\": count}: '{grid: 5}'", e.getMessage());
    }

    @Test
    void parseOfUnknownParameterListsAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("gpr", "default")));

        assertEquals("unknown parameter 'gpr' for optimizer bayesian_optimization; accepted parameters: "
                + "warm_start_smbo, max_sample_size, sampling, replacement, xi", e.getMessage());
    }

    @Test
    void candidateCountIsCapped() {
        SmboSettings defaults = new SmboSettings();

        assertEquals(1000, defaults.candidateCount(1000));
        assertEquals(40, defaults.withMaxSampleSize(40).candidateCount(1000));
        assertEquals(25, defaults.withSampling(25).candidateCount(1000));
        assertEquals(1000, defaults.withoutSampling().candidateCount(1000));
    }

    @Test
    void createRejectsSpecOfAnotherOptimizer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(OptimizerSpec.named("grid_search"), OptimizerContext.builder(3).build()));

        assertEquals("the bayesian_optimization provider cannot create a run of optimizer grid_search: "
                + "grid_search{}", e.getMessage());
    }
}
