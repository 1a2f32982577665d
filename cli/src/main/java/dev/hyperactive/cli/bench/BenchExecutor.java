package dev.hyperactive.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent benchmark runs on a fixed number of threads and returns their results in the
 * order of the tasks. Each run builds its own engine, so runs share nothing.
 */
final class BenchExecutor implements AutoCloseable {

    private final ExecutorService pool;

    BenchExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bench-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs every task and waits for all of them.
     *
     * @throws IllegalStateException if a task threw, which the runs prevent by catching their own
     *     failures, or the waiting thread was interrupted
     */
    <T> List<T> runAll(List<? extends Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(task));
        }
        List<T> results = new ArrayList<>(tasks.size());
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the benchmark was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark run failed unexpectedly: " + e.getCause(), e.getCause());
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
