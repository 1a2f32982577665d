package dev.hyperactive.cli;

import dev.hyperactive.api.Dimension;
import dev.hyperactive.api.Initialization;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.Hyperactive;
import dev.hyperactive.core.Verbosity;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The score of a study's baseline configuration, taken from the search data when the search
 * evaluated it, or else from one quiet evaluation.
 *
 * @param values the baseline snapped to the search space's grid, in search-space order
 * @param score the score of those values
 * @param fromSearchData whether the score was read from the search data instead of evaluated again
 */
record BaselineScore(Map<String, Object> values, double score, boolean fromSearchData) {

    /**
     * Returns the score of {@code baseline} in {@code space}.
     *
     * @param baseline the baseline values; numeric values snap to the nearest grid value
     * @param options the options of the search, whose settings the separate evaluation keeps
     * @throws IllegalArgumentException if the baseline has a value outside the space or lacks a
     *     parameter
     */
    static BaselineScore of(Map<String, Object> baseline, SearchSpace space, Objective objective, SearchData data,
            SearchOptions options, CliEnvironment environment) {
        int[] position = space.nearestPosition(baseline);
        Map<String, Object> values = space.values(position);

        OptionalDouble recorded = find(data, space, position);
        if (recorded.isPresent()) {
            return new BaselineScore(values, recorded.getAsDouble(), true);
        }
        return new BaselineScore(values, evaluate(values, space, objective, options, environment), false);
    }

    /** Returns the score of the first row of {@code data} at {@code position}, if there is one. */
    static OptionalDouble find(SearchData data, SearchSpace space, int[] position) {
        for (int row = 0; row < data.size(); row++) {
            if (isAt(data, row, space, position)) {
                Object score = data.get(row, SearchData.SCORE);
                return OptionalDouble.of(score instanceof Number ? ((Number) score).doubleValue() : Double.NaN);
            }
        }
        return OptionalDouble.empty();
    }

    private static boolean isAt(SearchData data, int row, SearchSpace space, int[] position) {
        for (int d = 0; d < position.length; d++) {
            Dimension dimension = space.dimension(d);
            OptionalInt index = dimension.exactIndexOf(data.get(row, dimension.name()));
            if (index.isEmpty() || index.getAsInt() != position[d]) {
                return false;
            }
        }
        return true;
    }

    /** Evaluates {@code values} with a one-iteration run whose only initial position they are. */
    private static double evaluate(Map<String, Object> values, SearchSpace space, Objective objective,
            SearchOptions options, CliEnvironment environment) {
        SearchOptions single = options.toBuilder()
                .initialize(Initialization.warmStart(List.of(values)))
                .nJobs(1)
                .build();
        Hyperactive quiet = environment.engine(EnumSet.noneOf(Verbosity.class));
        quiet.addSearch(objective, space, 1, single);
        quiet.run();
        return find(quiet.searchData(objective), space, space.nearestPosition(values)).orElse(Double.NaN);
    }
}
