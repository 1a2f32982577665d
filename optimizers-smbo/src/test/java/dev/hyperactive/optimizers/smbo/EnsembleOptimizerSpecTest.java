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

class EnsembleOptimizerSpecTest {

    private final EnsembleOptimizerProvider provider = new EnsembleOptimizerProvider();

    @Test
    void providerMetadata() {
        assertEquals("ensemble_optimizer", provider.name());
        assertEquals("Ensemble Optimizer", provider.displayName());
        assertEquals(OptimizerFamily.SMBO, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("warm_start_smbo", true);
        expected.put("max_sample_size", 10_000_000);
        expected.put("sampling", Map.of("random", 1_000_000));
        expected.put("replacement", true);
        expected.put("xi", 0.01);

        Map<String, Object> actual = new EnsembleOptimizer().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void settersReturnNewSpec() {
        EnsembleOptimizer defaults = new EnsembleOptimizer();

        EnsembleOptimizer changed = defaults.xi(0.2).warmStartSmbo(false).maxSampleSize(30).sampling(20)
                .replacement(false);

        assertEquals(new EnsembleOptimizer(), defaults);
        assertEquals(0.2, changed.xi());
        assertEquals(false, changed.warmStartSmbo());
        assertEquals(30, changed.maxSampleSize());
        assertEquals(20, changed.sampling());
        assertEquals(false, changed.replacement());
        assertNotEquals(defaults, changed);
    }

    @Test
    void negativeXiIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EnsembleOptimizer().xi(-1));

        assertEquals("xi must not be negative: -1.0", e.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        EnsembleOptimizer spec = provider.parse(Map.of("xi", "0.05", "warm_start_smbo", "false",
                "max_sample_size", "100", "sampling", "random:50", "replacement", "false"));

        assertEquals(new EnsembleOptimizer().xi(0.05).warmStartSmbo(false).maxSampleSize(100).sampling(50)
                .replacement(false), spec);
    }

    @Test
    void parseOfUnknownParameterListsAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("estimators", "gp")));

        assertEquals("unknown parameter 'estimators' for optimizer ensemble_optimizer; accepted parameters: "
                + "warm_start_smbo, max_sample_size, sampling, replacement, xi", e.getMessage());
    }

    @Test
    void createAcceptsNamedSpec() {
        OptimizerSpec named = OptimizerSpec.named("ensemble_optimizer", Map.of("xi", "0.1"));
        OptimizerContext context = OptimizerContext.builder(50).initialPositions(List.of(new int[] {17})).build();

        assertEquals(17, provider.create(named, context).ask()[0]);
    }

    @Test
    void createRejectsSpecOfAnotherOptimizer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(OptimizerSpec.named("grid_search"), OptimizerContext.builder(3).build()));

        assertEquals("the ensemble_optimizer provider cannot create a run of optimizer grid_search: grid_search{}",
                e.getMessage());
    }
}
