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

class TreeStructuredParzenEstimatorsSpecTest {

    private final TreeStructuredParzenEstimatorsProvider provider = new TreeStructuredParzenEstimatorsProvider();

    @Test
    void providerMetadata() {
        assertEquals("tree_structured_parzen_estimators", provider.name());
        assertEquals("Tree Structured Parzen Estimators", provider.displayName());
        assertEquals(OptimizerFamily.SMBO, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("warm_start_smbo", true);
        expected.put("max_sample_size", 10_000_000);
        expected.put("sampling", Map.of("random", 1_000_000));
        expected.put("replacement", true);
        expected.put("gamma_tpe", 0.2);

        Map<String, Object> actual = new TreeStructuredParzenEstimators().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void settersReturnNewSpec() {
        TreeStructuredParzenEstimators defaults = new TreeStructuredParzenEstimators();

        TreeStructuredParzenEstimators changed = defaults.gamma(0.3).warmStartSmbo(false).maxSampleSize(50)
                .sampling(20).replacement(false);

        assertEquals(new TreeStructuredParzenEstimators(), defaults);
        assertEquals(0.3, changed.gamma());
        assertEquals(false, changed.warmStartSmbo());
        assertEquals(50, changed.maxSampleSize());
        assertEquals(20, changed.sampling());
        assertEquals(false, changed.replacement());
        assertEquals(0, changed.withoutSampling().sampling());
        assertNotEquals(defaults, changed);
    }

    @Test
    void gammaMustBeInsideUnitInterval() {
        for (double gamma : new double[] {0, 1, -0.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new TreeStructuredParzenEstimators().gamma(gamma));

            assertEquals("gamma_tpe must be between 0 and 1, both excluded: " + gamma, e.getMessage());
        }
    }

    @Test
    void sharedParametersAreChecked() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> new TreeStructuredParzenEstimators().maxSampleSize(0));
        IllegalArgumentException sampling = assertThrows(IllegalArgumentException.class,
                () -> new TreeStructuredParzenEstimators().sampling(-1));

        assertEquals("max_sample_size must be positive: 0", size.getMessage());
        assertEquals("sampling must be positive: -1", sampling.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        TreeStructuredParzenEstimators spec = provider.parse(Map.of("gamma_tpe", "0.25", "warm_start_smbo", "false",
                "max_sample_size", "100", "sampling", "{\"random\": 12}", "replacement", "false"));

        assertEquals(new TreeStructuredParzenEstimators().gamma(0.25).warmStartSmbo(false).maxSampleSize(100)
                .sampling(12).replacement(false), spec);
        assertEquals(0, provider.parse(Map.of("sampling", "false")).sampling());
    }

    @Test
    void parseOfUnknownParameterListsAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("gamma", "0.2")));

        assertEquals("unknown parameter 'gamma' for optimizer tree_structured_parzen_estimators; accepted "
                + "parameters: warm_start_smbo, max_sample_size, sampling, replacement, gamma_tpe", e.getMessage());
    }

    @Test
    void parseOfInvalidGammaNamesParameter() {
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("gamma_tpe", "low")));
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("gamma_tpe", "1.5")));

        assertEquals("parameter gamma_tpe of optimizer tree_structured_parzen_estimators must be a number: 'low'",
                notNumber.getMessage());
        assertEquals("gamma_tpe must be between 0 and 1, both excluded: 1.5", outside.getMessage());
    }

    @Test
    void createAcceptsNamedSpec() {
        OptimizerSpec named = OptimizerSpec.named("tree_structured_parzen_estimators", Map.of("gamma_tpe", "0.5"));
        OptimizerContext context = OptimizerContext.builder(50).initialPositions(List.of(new int[] {17})).build();

        assertEquals(17, provider.create(named, context).ask()[0]);
    }

    @Test
    void createRejectsSpecOfAnotherOptimizer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(OptimizerSpec.named("grid_search"), OptimizerContext.builder(3).build()));

        assertEquals("the tree_structured_parzen_estimators provider cannot create a run of optimizer grid_search: "
                + "grid_search{}", e.getMessage());
    }
}
