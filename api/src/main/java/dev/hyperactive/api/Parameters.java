package dev.hyperactive.api;

import java.util.Map;

/**
 * What the objective and the callbacks receive for one evaluation: the chosen values, the
 * pass-through map, the iteration and job, and a way to record extra outputs.
 */
public interface Parameters extends ParameterValues {

    /**
     * Returns the pass-through map given in {@link SearchOptions}. It is the same mutable map on every
     * iteration of every job, so changes made by the objective or a callback persist; synchronize on
     * it when jobs run in parallel.
     */
    Map<String, Object> passThrough();

    /**
     * Records an extra output of this evaluation, which becomes a column of the search data. Columns
     * appear in the order they are first recorded. Recording the same name twice keeps the last
     * value.
     *
     * @throws IllegalArgumentException if {@code name} is a parameter name or one of the search-data
     *     columns {@code score}, {@code job}, {@code iteration}, {@code eval_time} and
     *     {@code iter_time}
     */
    void record(String name, Object value);

    /** Returns the 0-based iteration of this evaluation within its job. */
    int iteration();

    /** Returns the 0-based index of the job that runs this evaluation. */
    int job();
}
