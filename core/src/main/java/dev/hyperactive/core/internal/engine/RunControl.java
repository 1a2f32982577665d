package dev.hyperactive.core.internal.engine;

import dev.hyperactive.core.SearchFailedException;

/**
 * The stop signal shared by the jobs of one run, and the first failure. Jobs read the flag once per
 * iteration, so a failing job stops the others after their current iteration.
 */
final class RunControl {

    private volatile boolean stopped;
    private SearchFailedException failure;

    boolean stopped() {
        return stopped;
    }

    /**
     * Records a failure (later ones become suppressed exceptions of the first; the same one again is
     * ignored) and stops all jobs.
     */
    synchronized void fail(SearchFailedException e) {
        if (failure == e) {
            return;
        }
        if (failure == null) {
            failure = e;
        } else {
            failure.addSuppressed(e);
        }
        stopped = true;
    }

    synchronized SearchFailedException failure() {
        return failure;
    }
}
