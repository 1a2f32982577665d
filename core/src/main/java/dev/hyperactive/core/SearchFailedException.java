package dev.hyperactive.core;

import java.util.Map;

/**
 * Thrown by {@code Hyperactive.run()} when the objective or a callback throws an exception that no
 * {@code catch} entry covers, or a run cannot continue. The cause is the original exception; the
 * search data collected until then stays readable.
 */
public class SearchFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> parameters;
    private final int job;
    private final int iteration;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param parameters the values being evaluated when it failed, or an empty map
     * @param job the job index, or -1
     * @param iteration the iteration within the job, or -1
     * @param cause the original exception, or null
     */
    public SearchFailedException(String message, Map<String, Object> parameters, int job, int iteration,
            Throwable cause) {
        super(message, cause);
        this.parameters = Map.copyOf(parameters);
        this.job = job;
        this.iteration = iteration;
    }

    /** Returns the values being evaluated when the run failed, or an empty map. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** Returns the job that failed, or -1. */
    public int job() {
        return job;
    }

    /** Returns the iteration within the job that failed, or -1. */
    public int iteration() {
        return iteration;
    }
}
