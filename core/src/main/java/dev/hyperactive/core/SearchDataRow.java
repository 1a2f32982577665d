package dev.hyperactive.core;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the search data as a {@link SearchDataSink} receives it: the same fields as a row of
 * {@link dev.hyperactive.api.SearchData}, plus the search id.
 *
 * @param searchId the id of the search the row belongs to
 * @param job the job index within that search
 * @param iteration the iteration within the job, from 0
 * @param parameters the parameter values by name, in search-space order
 * @param score the score, which may be NaN or infinite
 * @param extras the extra outputs recorded by the objective, in the order first recorded; empty if
 *     none
 * @param evalTime the time spent in the objective, in seconds; 0 when memory supplied the score
 * @param iterTime the time of the whole iteration, in seconds
 */
public record SearchDataRow(String searchId, int job, int iteration, Map<String, Object> parameters, double score,
        Map<String, Object> extras, double evalTime, double iterTime) {

    /**
     * Checks the fields and makes the maps unmodifiable.
     *
     * @throws NullPointerException if {@code searchId}, {@code parameters} or {@code extras} is null
     */
    public SearchDataRow {
        Objects.requireNonNull(searchId, "searchId");
        parameters = Collections.unmodifiableMap(Objects.requireNonNull(parameters, "parameters"));
        extras = Collections.unmodifiableMap(Objects.requireNonNull(extras, "extras"));
    }
}
