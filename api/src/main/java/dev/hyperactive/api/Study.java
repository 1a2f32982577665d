package dev.hyperactive.api;

import java.util.Map;

/**
 * A named, self-contained optimization problem: a search space and an objective that a worker
 * process can rebuild from the class alone.
 *
 * <p>Implementations have a public no-argument constructor and are registered as services
 * ({@code provides dev.hyperactive.api.Study with ...} in module-info), so the {@code hyperactive}
 * command finds them on the module path and selects one by {@link #name()}.
 */
public interface Study {

    /** Returns the name that selects this study, for example {@code "diabetes"}. */
    String name();

    /** Returns a one-line description for listings. */
    default String description() {
        return name();
    }

    /** Returns the search space. */
    SearchSpace searchSpace();

    /**
     * Returns the objective. Results are keyed by the returned instance, so callers keep the one they
     * pass to the engine.
     */
    Objective objective();

    /** Returns the number of iterations a run uses when none is given. */
    default int defaultIterations() {
        return 100;
    }

    /** Returns the search options a run uses when none are given. */
    default SearchOptions defaultOptions() {
        return SearchOptions.defaults();
    }

    /**
     * Returns a reference configuration to compare the best result with, such as a library's default
     * settings, or an empty map when there is none. Its values must lie in the search space.
     */
    default Map<String, Object> baseline() {
        return Map.of();
    }
}
