package dev.hyperactive.core;

import dev.hyperactive.spi.NamedOptimizerSpec;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The optimizer providers a run may use, by registry name.
 *
 * <p>{@link #discover()} finds them with {@link ServiceLoader}, so the modules on the module path
 * (and the {@code META-INF/services} files on the class path) decide which optimizers exist;
 * {@link #of(java.util.Collection)} takes explicit instances instead.
 *
 * <p>Asking for a built-in optimizer whose module is missing fails with a message that names the
 * module to add, for example {@code dev.hyperactive.optimizers.smbo} for
 * {@code bayesian_optimization}. Two providers with the same name fail when the registry is
 * created, and the message names both classes and their modules.
 */
public final class OptimizerRegistry {

    private static final String LOCAL = "dev.hyperactive.optimizers.local";
    private static final String GLOBAL = "dev.hyperactive.optimizers.global";
    private static final String POPULATION = "dev.hyperactive.optimizers.population";
    private static final String SMBO = "dev.hyperactive.optimizers.smbo";

    /** The registry names of the built-in optimizers and the modules that provide them. */
    private static final Map<String, String> BUILT_IN_MODULES = builtInModules();

    private final Map<String, OptimizerProvider> byName;

    /** Whether the providers were found on the module path, rather than given explicitly. */
    private final boolean discovered;

    private OptimizerRegistry(Iterable<? extends OptimizerProvider> providers, boolean discovered) {
        this.discovered = discovered;
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
                        + (discovered ? "; remove one of them from the module path" : "; pass each optimizer once"));
            }
        }
    }

    /**
     * Returns the providers found by {@link ServiceLoader} on the module path and the class path.
     *
     * @throws IllegalStateException if two providers have the same name
     */
    public static OptimizerRegistry discover() {
        return new OptimizerRegistry(ServiceLoader.load(OptimizerProvider.class), true);
    }

    /**
     * Returns a registry of exactly the given providers.
     *
     * @throws IllegalStateException if two providers have the same name
     */
    public static OptimizerRegistry of(java.util.Collection<? extends OptimizerProvider> providers) {
        Objects.requireNonNull(providers, "providers");
        return new OptimizerRegistry(providers, false);
    }

    /** Returns the providers sorted by family, then by name. */
    public List<OptimizerProvider> providers() {
        return List.copyOf(byName.values());
    }

    /**
     * Returns the provider named {@code name}.
     *
     * @throws IllegalArgumentException if there is none. For a built-in optimizer the message names
     *     the module to put on the module path; for any other name it lists the available names.
     */
    public OptimizerProvider provider(String name) {
        Objects.requireNonNull(name, "optimizer name must not be null");
        OptimizerProvider provider = byName.get(name);
        if (provider != null) {
            return provider;
        }

        String module = BUILT_IN_MODULES.get(name);
        if (module != null) {
            String available = byName.isEmpty() ? "" : "; available optimizers: " + availableNames();
            String missing = discovered ? "is not on the module path; add the module "
                    : "is not among the given optimizer providers; add the provider from the module ";
            throw new IllegalArgumentException("optimizer '" + name + "' " + missing + module + " (artifact "
                    + artifactOf(module) + ")" + available);
        }
        throw new IllegalArgumentException("unknown optimizer '" + name + "'; available optimizers: "
                + availableNames());
    }

    /**
     * Returns the module that provides the built-in optimizer {@code name}, for example
     * {@code dev.hyperactive.optimizers.smbo} for {@code bayesian_optimization}, whether or not it is
     * on the module path.
     *
     * @return the module name, or empty if {@code name} is not a built-in optimizer
     */
    public static Optional<String> builtInModule(String name) {
        Objects.requireNonNull(name, "optimizer name must not be null");
        return Optional.ofNullable(BUILT_IN_MODULES.get(name));
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

    private static Map<String, String> builtInModules() {
        Map<String, String> modules = new LinkedHashMap<>();
        for (String name : List.of("hill_climbing", "stochastic_hill_climbing", "repulsing_hill_climbing",
                "simulated_annealing", "downhill_simplex")) {
            modules.put(name, LOCAL);
        }
        for (String name : List.of("random_search", "grid_search", "random_restart_hill_climbing",
                "random_annealing", "powells_method", "pattern_search", "lipschitz_optimizer", "direct_algorithm")) {
            modules.put(name, GLOBAL);
        }
        for (String name : List.of("parallel_tempering", "particle_swarm", "spiral_optimization",
                "genetic_algorithm", "evolution_strategy", "differential_evolution", "cma_es")) {
            modules.put(name, POPULATION);
        }
        for (String name : List.of("bayesian_optimization", "tree_structured_parzen_estimators", "forest_optimizer",
                "ensemble_optimizer")) {
            modules.put(name, SMBO);
        }
        return Collections.unmodifiableMap(modules);
    }

    /** Returns the Maven artifact of a built-in module, such as hyperactive-optimizers-smbo. */
    private static String artifactOf(String module) {
        return "hyperactive-" + module.substring("dev.hyperactive.".length()).replace('.', '-');
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
