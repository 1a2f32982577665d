package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.OptimizerRegistry;
import dev.hyperactive.core.Seeds;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.Observation;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code addSearch} call, checked and resolved at once so that bad input fails before anything
 * runs: the optimizer is parsed, warm starts are snapped to the grid, the memory warm start is
 * converted and the seed is fixed.
 */
public final class SearchRequest {

    private final Objective objective;
    private final SearchSpace space;
    private final int nIter;
    private final SearchOptions options;
    private final OptimizerProvider provider;
    private final OptimizerSpec spec;
    private final String searchId;
    private final int nJobs;
    private final long randomState;
    private final List<int[]> warmStarts;
    private final List<Observation> priorObservations;

    /**
     * Checks and resolves one search.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code nIter <= 0}, the optimizer is unknown or rejects a
     *     parameter, a warm start does not fit the space, or the memory warm start lacks a column
     */
    public SearchRequest(Objective objective, SearchSpace space, int nIter, SearchOptions options,
            OptimizerRegistry registry) {
        this.objective = Checks.notNull("objective", objective);
        this.space = Checks.notNull("search space", space);
        this.options = Checks.notNull("search options", options);
        this.nIter = Checks.positive("n_iter", nIter);

        this.spec = registry.resolve(options.optimizer());
        this.provider = registry.provider(spec.name());
        this.searchId = options.searchId().orElseGet(() -> defaultSearchId(objective));
        this.nJobs = options.nJobs() == -1 ? Runtime.getRuntime().availableProcessors() : options.nJobs();
        this.randomState = options.randomState().orElseGet(Seeds::draw);

        this.warmStarts = new ArrayList<>();
        for (Map<String, Object> values : options.initialize().warmStart()) {
            warmStarts.add(space.nearestPosition(values));
        }
        this.priorObservations = options.memoryWarmStart()
                .map(data -> MemoryWarmStart.observations(space, data))
                .orElse(List.of());
    }

    /**
     * Returns the objective's class name, the declaring class of a lambda, or the binary name of an
     * anonymous class (such as {@code MyTest$1}), whose simple name is empty.
     */
    private static String defaultSearchId(Objective objective) {
        Class<?> type = Objects.requireNonNull(objective).getClass();
        String name = type.getSimpleName();
        if (name.isEmpty()) {
            String binary = type.getName();
            name = binary.substring(binary.lastIndexOf('.') + 1);
        }
        int lambda = name.indexOf("$$");
        return lambda > 0 ? name.substring(0, lambda) : name;
    }

    public Objective objective() {
        return objective;
    }

    public SearchSpace space() {
        return space;
    }

    public int nIter() {
        return nIter;
    }

    public SearchOptions options() {
        return options;
    }

    public OptimizerProvider provider() {
        return provider;
    }

    public OptimizerSpec spec() {
        return spec;
    }

    public String searchId() {
        return searchId;
    }

    public int nJobs() {
        return nJobs;
    }

    public long randomState() {
        return randomState;
    }

    List<int[]> warmStarts() {
        return warmStarts;
    }

    List<Observation> priorObservations() {
        return priorObservations;
    }
}
