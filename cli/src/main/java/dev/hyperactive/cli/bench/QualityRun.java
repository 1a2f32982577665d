package dev.hyperactive.cli.bench;

/**
 * The outcome of one {@link QualityCase}: the best loss (the negated best score) after the early
 * budget and after the whole run, read off the same run's search data.
 *
 * @param task what was run
 * @param earlyLoss the best loss within the first iterations of the early budget, NaN if none was finite
 * @param finalLoss the best loss of the whole run, NaN if none was finite
 * @param bestIteration the 0-based iteration of the best score, or -1
 * @param evaluations the objective calls (iterations minus memory hits)
 * @param seconds the wall time of the run, engine set-up included
 * @param error the exception that stopped the run, or null
 */
record QualityRun(QualityCase task, double earlyLoss, double finalLoss, int bestIteration, int evaluations,
        double seconds, String error) {

    /** Returns whether the run ended without an exception. */
    boolean succeeded() {
        return error == null;
    }
}
