package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The providers are registered both in module-info and in the class-path service file. */
class ProviderRegistrationTest {

    private static final String SERVICE = "dev.hyperactive.spi.OptimizerProvider";
    private static final Set<String> PROVIDERS = Set.of(
            "dev.hyperactive.optimizers.smbo.BayesianOptimizerProvider",
            "dev.hyperactive.optimizers.smbo.TreeStructuredParzenEstimatorsProvider",
            "dev.hyperactive.optimizers.smbo.ForestOptimizerProvider",
            "dev.hyperactive.optimizers.smbo.EnsembleOptimizerProvider");

    @Test
    void moduleDescriptorProvidesEveryProvider() {
        Module module = BayesianOptimizerProvider.class.getModule();
        assertTrue(module.isNamed(), "tests run on the module path");

        Set<String> provided = module.getDescriptor().provides().stream()
                .filter(p -> p.service().equals(SERVICE))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toSet());

        assertEquals(PROVIDERS, provided);
    }

    @Test
    void serviceFileListsEveryProvider() throws IOException {
        try (InputStream in = BayesianOptimizerProvider.class.getResourceAsStream("/META-INF/services/" + SERVICE)) {
            assertNotNull(in, "service file");
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(line -> !line.isEmpty()).collect(Collectors.toList());

            assertEquals(PROVIDERS, Set.copyOf(lines));
        }
    }

    @Test
    void moduleRequiresOnlyApi() {
        Set<String> required = BayesianOptimizerProvider.class.getModule().getDescriptor().requires().stream()
                .map(ModuleDescriptor.Requires::name)
                .filter(name -> !name.equals("java.base"))
                .collect(Collectors.toSet());

        assertEquals(Set.of("dev.hyperactive.api"), required);
    }
}
