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

class ForestOptimizerSpecTest {

    private final ForestOptimizerProvider provider = new ForestOptimizerProvider();

    @Test
    void providerMetadata() {
        assertEquals("forest_optimizer", provider.name());
        assertEquals("Forest Optimization", provider.displayName());
        assertEquals(OptimizerFamily.SMBO, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("warm_start_smbo", true);
        expected.put("max_sample_size", 10_000_000);
        expected.put("sampling", Map.of("random", 1_000_000));
        expected.put("replacement", true);
        expected.put("tree_regressor", "extra_tree");
        expected.put("tree_para", Map.of("n_estimators", 30));
        expected.put("xi", 0.03);

        Map<String, Object> actual = new ForestOptimizer().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void settersReturnNewSpec() {
        ForestOptimizer defaults = new ForestOptimizer();

        ForestOptimizer changed = defaults.treeRegressor("gradient_boost").estimators(50).maxDepth(4).xi(0.1)
                .warmStartSmbo(false).maxSampleSize(300).sampling(200).replacement(false);

        assertEquals(new ForestOptimizer(), defaults);
        assertEquals("gradient_boost", changed.treeRegressor());
        assertEquals(50, changed.estimators());
        assertEquals(4, changed.maxDepth());
        assertEquals(Map.of("n_estimators", 50, "max_depth", 4), changed.treeParameters());
        assertEquals(0.1, changed.xi());
        assertEquals(false, changed.warmStartSmbo());
        assertEquals(300, changed.maxSampleSize());
        assertEquals(200, changed.sampling());
        assertEquals(false, changed.replacement());
        assertNotEquals(defaults, changed);
    }

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException regressor = assertThrows(IllegalArgumentException.class,
                () -> new ForestOptimizer().treeRegressor("svm"));
        IllegalArgumentException estimators = assertThrows(IllegalArgumentException.class,
                () -> new ForestOptimizer().estimators(0));
        IllegalArgumentException depth = assertThrows(IllegalArgumentException.class,
                () -> new ForestOptimizer().maxDepth(-1));
        IllegalArgumentException xi = assertThrows(IllegalArgumentException.class,
                () -> new ForestOptimizer().xi(-0.1));
        IllegalArgumentException infiniteXi = assertThrows(IllegalArgumentException.class,
                () -> new ForestOptimizer().xi(Double.POSITIVE_INFINITY));

        assertEquals("tree_regressor must be one of extra_tree, random_forest, gradient_boost: 'svm'",
                regressor.getMessage());
        assertEquals("n_estimators must be positive: 0", estimators.getMessage());
        assertEquals("max_depth must not be negative: -1", depth.getMessage());
        assertEquals("xi must not be negative: -0.1", xi.getMessage());
        assertEquals("xi must be a finite number: Infinity", infiniteXi.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        ForestOptimizer spec = provider.parse(Map.of("tree_regressor", "random_forest",
                "tree_para", "{\"n_estimators\": 40, \"max_depth\": 6}", "xi", "0.05", "warm_start_smbo", "false",
                "max_sample_size", "100", "sampling", "50", "replacement", "false"));

        assertEquals(new ForestOptimizer().treeRegressor("random_forest").estimators(40).maxDepth(6).xi(0.05)
                .warmStartSmbo(false).maxSampleSize(100).sampling(50).replacement(false), spec);
    }

    @Test
    void parseAcceptsTreeParaForms() {
        for (String form : new String[] {"{n_estimators=12}", "n_estimators: 12", "{'n_estimators': 12}",
                " { \"n_estimators\" : 12 } "}) {
            assertEquals(12, provider.parse(Map.of("tree_para", form)).estimators(), form);
        }
        assertEquals(30, provider.parse(Map.of("tree_para", "{}")).estimators());
        assertEquals(3, provider.parse(Map.of("tree_para", "max_depth=3")).maxDepth());
    }

    @Test
    void parseRejectsInvalidTreePara() {
        for (String form : new String[] {"{n_trees: 5}", "{n_estimators: many}", "n_estimators", "{n_estimators: 5, "
                + "n_estimators: 6}"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> provider.parse(Map.of("tree_para", form)), form);

            assertEquals("parameter tree_para of optimizer forest_optimizer must be a dictionary of integers with "
                    + "the keys n_estimators, max_depth: '" + form + "'", e.getMessage());
        }
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("tree_para", "{n_estimators: 0}")));

        assertEquals("n_estimators must be positive: 0", zero.getMessage());
    }

    @Test
    void parseOfUnknownParameterListsAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("n_estimators", "5")));

        assertEquals("unknown parameter 'n_estimators' for optimizer forest_optimizer; accepted parameters: "
                + "warm_start_smbo, max_sample_size, sampling, replacement, tree_regressor, tree_para, xi",
                e.getMessage());
    }

    @Test
    void parseOfUnknownRegressorListsChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("tree_regressor", "svm")));

        assertEquals("parameter tree_regressor of optimizer forest_optimizer must be one of extra_tree, "
                + "random_forest, gradient_boost: 'svm'", e.getMessage());
    }

    @Test
    void createAcceptsNamedSpec() {
        OptimizerSpec named = OptimizerSpec.named("forest_optimizer", Map.of("tree_regressor", "gradient_boost"));
        OptimizerContext context = OptimizerContext.builder(50).initialPositions(List.of(new int[] {17})).build();

        assertEquals(17, provider.create(named, context).ask()[0]);
    }

    @Test
    void createRejectsSpecOfAnotherOptimizer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(OptimizerSpec.named("grid_search"), OptimizerContext.builder(3).build()));

        assertEquals("the forest_optimizer provider cannot create a run of optimizer grid_search: grid_search{}",
                e.getMessage());
    }
}
