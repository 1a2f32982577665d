package dev.hyperactive.core;

/** What a run shows on screen, as in Hyperactive's {@code verbosity} list. */
public enum Verbosity {
    /** One progress bar per job on standard error, updated as the job runs. */
    PROGRESS_BAR,
    /** The results block of each job on standard output after the run. */
    PRINT_RESULTS,
    /** The evaluation, optimization and iteration times in the results block. */
    PRINT_TIMES
}
