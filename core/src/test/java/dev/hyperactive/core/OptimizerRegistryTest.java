package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.core.testing.ScriptedProvider;
import dev.hyperactive.core.testing.UniformRandomProvider;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptimizerRegistryTest {

    private final OptimizerRegistry registry = OptimizerRegistry.of(List.of(
            new UniformRandomProvider("random_search"), new UniformRandomProvider(), new ScriptedProvider()));

    @Test
    void providersSortedByFamilyThenName() {
        List<String> names = registry.providers().stream().map(OptimizerProvider::name).toList();
        assertEquals(List.of("scripted", "random_search", "uniform_random"), names);
    }

    @Test
    void unknownNameListsAvailable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.provider("foo"));
        assertEquals("unknown optimizer 'foo'; available optimizers: scripted, random_search, uniform_random",
                e.getMessage());
    }

    @Test
    void emptyRegistrySaysWhatToAdd() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerRegistry.of(List.of()).provider("my_optimizer"));
        assertTrue(e.getMessage().startsWith("unknown optimizer 'my_optimizer'; available optimizers: none; put "
                + "an optimizer module"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> OptimizerRegistry.discover().provider("hill_climbing"));
        assertEquals("optimizer 'hill_climbing' is not on the module path; add the module "
                + "dev.hyperactive.optimizers.local (artifact hyperactive-optimizers-local)", e.getMessage());
    }

    @Test
    void missingBuiltInNamesModule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.provider("bayesian_optimization"));
        assertEquals("optimizer 'bayesian_optimization' is not among the given optimizer providers; add the "
                + "provider from the module dev.hyperactive.optimizers.smbo (artifact hyperactive-optimizers-smbo); "
                + "available optimizers: scripted, random_search, uniform_random", e.getMessage());
    }

    @Test
    void missingBuiltInOfEachFamily() {
        Map<String, String> expected = Map.of(
                "simulated_annealing", "dev.hyperactive.optimizers.local",
                "direct_algorithm", "dev.hyperactive.optimizers.global",
                "cma_es", "dev.hyperactive.optimizers.population",
                "tree_structured_parzen_estimators", "dev.hyperactive.optimizers.smbo");
        expected.forEach((name, module) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.provider(name));
            assertTrue(e.getMessage().startsWith("optimizer '" + name + "' is not among the given optimizer "
                    + "providers; add the provider from the module " + module + " "), e.getMessage());
        });
    }

    @Test
    void builtInModuleTable() {
        assertEquals(Optional.of("dev.hyperactive.optimizers.local"), OptimizerRegistry.builtInModule("hill_climbing"));
        assertEquals(Optional.of("dev.hyperactive.optimizers.global"), OptimizerRegistry.builtInModule("grid_search"));
        assertEquals(Optional.of("dev.hyperactive.optimizers.population"),
                OptimizerRegistry.builtInModule("particle_swarm"));
        assertEquals(Optional.of("dev.hyperactive.optimizers.smbo"),
                OptimizerRegistry.builtInModule("ensemble_optimizer"));
        assertEquals(Optional.empty(), OptimizerRegistry.builtInModule("uniform_random"));
    }

    @Test
    void presentBuiltInFoundByName() {
        assertEquals("random_search", registry.provider("random_search").name());
    }

    @Test
    void duplicateNamesRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OptimizerRegistry.of(
                List.of(new UniformRandomProvider(), new UniformRandomProvider())));
        String expected = "two optimizer providers are named 'uniform_random': "
                + UniformRandomProvider.class.getName() + " (dev.hyperactive.core) and "
                + UniformRandomProvider.class.getName() + " (dev.hyperactive.core); pass each optimizer once";
        assertEquals(expected.replace("dev.hyperactive.core)", OptimizerRegistry.moduleName(
                new UniformRandomProvider()) + ")"), e.getMessage());
    }

    @Test
    void resolveParsesNamedSpec() {
        OptimizerSpec resolved = registry.resolve(OptimizerSpec.named("uniform_random"));
        assertEquals("uniform_random", resolved.name());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.resolve(OptimizerSpec.named("uniform_random", Map.of("epsilon", "1"))));
        assertEquals("unknown parameter 'epsilon' for optimizer uniform_random; accepted parameters: none",
                e.getMessage());
    }

    @Test
    void resolveKeepsTypedSpec() {
        OptimizerSpec typed = UniformRandomProvider.spec();
        assertSame(typed, registry.resolve(typed));
    }

    @Test
    void moduleNameOfTestProvider() {
        String name = OptimizerRegistry.moduleName(new ScriptedProvider());
        assertTrue(name.equals("dev.hyperactive.core") || name.equals("unnamed module"), name);
    }

    @Test
    void discoverFindsNoProviderInCore() {
        assertEquals(List.of(), OptimizerRegistry.discover().providers());
    }
}
