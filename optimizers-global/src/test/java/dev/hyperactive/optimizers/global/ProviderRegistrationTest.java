package dev.hyperactive.optimizers.global;

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
            "dev.hyperactive.optimizers.global.RandomSearchProvider",
            "dev.hyperactive.optimizers.global.GridSearchProvider",
            "dev.hyperactive.optimizers.global.RandomRestartHillClimbingProvider",
            "dev.hyperactive.optimizers.global.RandomAnnealingProvider",
            "dev.hyperactive.optimizers.global.PowellsMethodProvider",
            "dev.hyperactive.optimizers.global.PatternSearchProvider",
            "dev.hyperactive.optimizers.global.LipschitzProvider",
            "dev.hyperactive.optimizers.global.DirectAlgorithmProvider");

    @Test
    void moduleDescriptorProvidesEveryProvider() {
        Module module = RandomSearchProvider.class.getModule();
        assertTrue(module.isNamed(), "tests run on the module path");

        Set<String> provided = module.getDescriptor().provides().stream()
                .filter(p -> p.service().equals(SERVICE))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toSet());

        assertEquals(PROVIDERS, provided);
    }

    @Test
    void serviceFileListsEveryProvider() throws IOException {
        try (InputStream in = RandomSearchProvider.class.getResourceAsStream("/META-INF/services/" + SERVICE)) {
            assertNotNull(in, "service file");
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(line -> !line.isEmpty()).collect(Collectors.toList());

            assertEquals(PROVIDERS, Set.copyOf(lines));
        }
    }

    @Test
    void moduleRequiresOnlyApi() {
        Set<String> required = RandomSearchProvider.class.getModule().getDescriptor().requires().stream()
                .map(ModuleDescriptor.Requires::name)
                .filter(name -> !name.equals("java.base"))
                .collect(Collectors.toSet());

        assertEquals(Set.of("dev.hyperactive.api"), required);
    }
}
