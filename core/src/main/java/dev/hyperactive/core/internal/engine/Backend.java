package dev.hyperactive.core.internal.engine;

import java.util.List;

/**
 * Runs the loops of a run's jobs. The coordinator keeps optimizers, memory and search data; a
 * backend only decides where each job's loop executes.
 */
public interface Backend {

    /** Returns the name that selects this backend, such as {@code "threads"}. */
    String name();

    /**
     * Runs every job and returns when all have ended. Jobs report their own failures, so a job that
     * ends with an exception is a bug of the engine.
     *
     * @param jobs the job loops, in job order
     * @param parallelism the maximum number of jobs running at once
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    void execute(List<? extends Runnable> jobs, int parallelism) throws InterruptedException;
}
