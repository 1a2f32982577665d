package dev.hyperactive.api;

/**
 * Code that runs just before or just after the objective, on every iteration, with the same
 * {@link Parameters} the objective receives. An exception thrown here is handled as if the
 * objective had thrown it.
 */
@FunctionalInterface
public interface Callback {

    /**
     * Runs the callback for one evaluation.
     *
     * @throws Exception to fail the evaluation
     */
    void call(Parameters parameters) throws Exception;
}
