package dev.hyperactive.core.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each job's loop on a thread of a fixed pool, calling the objective inline. A run with one job
 * or a parallelism of one runs on the calling thread.
 */
public final class ThreadBackend implements Backend {

    /** The name of this backend. */
    public static final String NAME = "threads";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void execute(List<? extends Runnable> jobs, int parallelism) throws InterruptedException {
        int threads = Math.min(parallelism, jobs.size());
        if (threads <= 1) {
            jobs.forEach(Runnable::run);
            return;
        }

        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "hyperactive-job-" + counter.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(jobs.size());
            for (Runnable job : jobs) {
                futures.add(pool.submit(job));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a job loop ended with an exception", e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
