package dev.hyperactive.core;

/**
 * Shows the progress of running jobs. The engine calls it from each job's thread, so
 * implementations are thread-safe. Guice binds the progress-bar display when
 * {@link Verbosity#PROGRESS_BAR} is set and a silent one otherwise; users may bind their own.
 */
public interface ProgressDisplay {

    /**
     * Starts showing a job.
     *
     * @param job the global job index, which orders the bars
     * @param description the label, {@code "[<job>] <search id> (<optimizer display name>)"}
     * @param iterations the planned iterations
     */
    void start(int job, String description, int iterations);

    /**
     * Reports progress after an iteration.
     *
     * @param job the global job index
     * @param iterationsDone iterations finished so far
     * @param bestScore the best finite score so far, or NaN
     * @param bestIteration the iteration of that score, or -1
     */
    void update(int job, int iterationsDone, double bestScore, int bestIteration);

    /** Stops showing a job, which finished after {@code iterationsDone} iterations. */
    void finish(int job, int iterationsDone);

    /** Returns a display that shows nothing. */
    static ProgressDisplay silent() {
        return new ProgressDisplay() {
            @Override
            public void start(int job, String description, int iterations) {
            }

            @Override
            public void update(int job, int iterationsDone, double bestScore, int bestIteration) {
            }

            @Override
            public void finish(int job, int iterationsDone) {
            }
        };
    }
}
