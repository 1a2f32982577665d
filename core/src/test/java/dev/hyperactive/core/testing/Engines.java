package dev.hyperactive.core.testing;

import dev.hyperactive.api.Initialization;
import dev.hyperactive.api.MemoryMode;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.core.Hyperactive;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;

/** Shortcuts for tests: quiet engines with test optimizers, and common options. */
public final class Engines {

    private Engines() {
    }

    /** Returns a quiet builder with the uniform random optimizer and the given extra providers. */
    public static Hyperactive.Builder quietBuilder(OptimizerProvider... extra) {
        List<OptimizerProvider> providers = new ArrayList<>(List.of(new UniformRandomProvider()));
        providers.addAll(List.of(extra));
        return Hyperactive.builder().verbosity().providers(providers);
    }

    /** Returns a quiet engine with the uniform random optimizer and the given extra providers. */
    public static Hyperactive quiet(OptimizerProvider... extra) {
        return quietBuilder(extra).build();
    }

    /** Returns options of the uniform random optimizer with a seed and no initial positions. */
    public static SearchOptions.Builder random(long seed) {
        return SearchOptions.builder().optimizer(UniformRandomProvider.spec()).randomState(seed)
                .initialize(Initialization.builder().build());
    }

    /** Returns options of the scripted optimizer with no initial positions and memory off. */
    public static SearchOptions.Builder scripted() {
        return SearchOptions.builder().optimizer(OptimizerSpec.named(ScriptedProvider.NAME)).randomState(1)
                .initialize(Initialization.builder().build()).memory(MemoryMode.OFF);
    }
}
