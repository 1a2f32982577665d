package dev.hyperactive.core;

import dev.hyperactive.spi.NamedOptimizerSpec;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The optimizer providers a run may use, by registry name.
 *
 * <p>{@link #discover()} finds them with {@link ServiceLoader}, so the modules on the module path
 * (and the {@code META-INF/services} files on the class path) decide which optimizers exist;
 * {@link #of(java.util.Collection)} takes explicit instances instead.
 */
public final class OptimizerRegistry {

    private final Map<String, OptimizerProvider> byName;

    private OptimizerRegistry(Iterable<? extends OptimizerProvider> providers) {
        List<OptimizerProvider> sorted = new ArrayList<>();
        for (OptimizerProvider provider : providers) {
            sorted.add(Objects.requireNonNull(provider, "optimizer provider must not be null"));
        }
        sorted.sort(Comparator.comparing(OptimizerProvider::family).thenComparing(OptimizerProvider::name));

        this.byName = new LinkedHashMap<>();
        for (OptimizerProvider provider : sorted) {
            OptimizerProvider earlier = byName.putIfAbsent(provider.name(), provider);
            if (earlier != null) {
                throw new IllegalStateException("two optimizer providers are named '" + provider.name() + "': "
                        + describe(earlier) + " and " + describe(provider)
                        + "; remove one of them from the module path");
            }
        }
    }

    /**
     * Returns the providers found by {@link ServiceLoader} on the module path and the class path.
     *
     * @throws IllegalStateException if two providers have the same name
     */
    public static OptimizerRegistry discover() {
        return new OptimizerRegistry(ServiceLoader.load(OptimizerProvider.class));
    }

    /**
     * Returns a registry of exactly the given providers.
     *
     * @throws IllegalStateException if two providers have the same name
     */
    public static OptimizerRegistry of(java.util.Collection<? extends OptimizerProvider> providers) {
        Objects.requireNonNull(providers, "providers");
        return new OptimizerRegistry(providers);
    }

    /** Returns the providers sorted by family, then by name. */
    public List<OptimizerProvider> providers() {
        return List.copyOf(byName.values());
    }

    /**
     * Returns the provider named {@code name}.
     *
     * @throws IllegalArgumentException if there is none; the message lists the available names
     */
    public OptimizerProvider provider(String name) {
        Objects.requireNonNull(name, "optimizer name must not be null");
        OptimizerProvider provider = byName.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("unknown optimizer '" + name + "'; available optimizers: "
                    + availableNames());
        }
        return provider;
    }

    /**
     * Returns {@code spec} ready for {@link OptimizerProvider#create}: a {@link NamedOptimizerSpec} is
     * parsed by its provider, any other spec is returned as it is once its provider is known.
     *
     * @throws IllegalArgumentException if no provider has the spec's name, or the provider rejects a
     *     parameter
     */
    public OptimizerSpec resolve(OptimizerSpec spec) {
        Objects.requireNonNull(spec, "optimizer must not be null");
        OptimizerProvider provider = provider(spec.name());
        if (spec instanceof NamedOptimizerSpec) {
            return provider.parse(((NamedOptimizerSpec) spec).rawParameters());
        }
        return spec;
    }

    /** Returns the name of the module that holds {@code provider}, or {@code "unnamed module"}. */
    public static String moduleName(OptimizerProvider provider) {
        Module module = provider.getClass().getModule();
        return module.isNamed() ? module.getName() : "unnamed module";
    }

    private String availableNames() {
        if (byName.isEmpty()) {
            return "none; put an optimizer module such as dev.hyperactive.optimizers.global on the module path";
        }
        return byName.keySet().stream().collect(Collectors.joining(", "));
    }

    private static String describe(OptimizerProvider provider) {
        return provider.getClass().getName() + " (" + moduleName(provider) + ")";
    }
}
