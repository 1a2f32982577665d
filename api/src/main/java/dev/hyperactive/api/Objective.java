package dev.hyperactive.api;

/**
 * The function to optimize: parameters in, score out, higher is better.
 *
 * <p>To minimize a loss, return its negation. A score of NaN, or an exception listed in
 * {@link SearchOptions.Builder#catchException(Class, double)}, is recorded in the search data but
 * never becomes the best score. Any other exception stops the run and reaches the caller of
 * {@code run()}; the search data collected until then stays readable.
 *
 * <p>Results are keyed by the objective instance, so keep a reference to read them afterwards.
 */
@FunctionalInterface
public interface Objective {

    /**
     * Evaluates one parameter combination.
     *
     * @param parameters the values chosen for this evaluation, plus the pass-through map and a way
     *     to record extra outputs
     * @return the score, higher is better
     * @throws Exception if the evaluation fails
     */
    double evaluate(Parameters parameters) throws Exception;
}
