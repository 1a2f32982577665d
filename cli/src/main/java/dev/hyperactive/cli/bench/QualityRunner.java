package dev.hyperactive.cli.bench;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.core.Hyperactive;
import dev.hyperactive.core.SearchResult;
import dev.hyperactive.core.problems.Problem;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Consumer;

/**
 * Runs the quality cases: each one a fresh engine with the optimizer's default parameters,
 * {@code add_search}'s defaults otherwise (initialization, shared memory), and nothing shown.
 *
 * @param steps the number of grid values per dimension
 * @param iterations the iterations of every run
 * @param earlyIterations the smaller budget, read off the first rows of the same run
 */
record QualityRunner(int steps, int iterations, int earlyIterations) {

    /**
     * Runs {@code cases} on {@code executor}. {@code progress} receives one line per optimizer when
     * its last run ends.
     */
    List<QualityRun> runAll(List<QualityCase> cases, BenchExecutor executor, Consumer<String> progress) {
        Map<String, AtomicInteger> remaining = new ConcurrentHashMap<>();
        Map<String, DoubleAdder> seconds = new ConcurrentHashMap<>();
        for (QualityCase task : cases) {
            remaining.computeIfAbsent(task.optimizer(), name -> new AtomicInteger()).incrementAndGet();
            seconds.computeIfAbsent(task.optimizer(), name -> new DoubleAdder());
        }

        List<Callable<QualityRun>> tasks = new ArrayList<>(cases.size());
        for (QualityCase task : cases) {
            tasks.add(() -> {
                QualityRun run = runOne(task);
                seconds.get(task.optimizer()).add(run.seconds());
                if (remaining.get(task.optimizer()).decrementAndGet() == 0) {
                    progress.accept(String.format(java.util.Locale.ROOT, "%s: done, %.1f s of run time",
                            task.optimizer(), seconds.get(task.optimizer()).sum()));
                }
                return run;
            });
        }
        return executor.runAll(tasks);
    }

    /** Runs one case; a failure of the search is recorded in the result, not thrown. */
    QualityRun runOne(QualityCase task) {
        long start = System.nanoTime();
        try {
            Problem problem = Problem.of(task.problem(), task.dimensions(), steps);
            Objective objective = problem.objective();
            Hyperactive hyper = Hyperactive.builder().verbosity().build();
            SearchOptions options = SearchOptions.builder()
                    .optimizer(OptimizerSpec.named(task.optimizer()))
                    .randomState(task.seed())
                    .build();
            hyper.addSearch(objective, problem.searchSpace(), iterations, options);
            hyper.run();

            double[] scores = hyper.searchData(objective).scores();
            SearchResult result = hyper.result(objective);
            return new QualityRun(task, bestLoss(scores, earlyIterations), bestLoss(scores, scores.length),
                    result.bestIteration(), result.evaluations(), secondsSince(start), null);
        } catch (RuntimeException e) {
            return new QualityRun(task, Double.NaN, Double.NaN, -1, 0, secondsSince(start), firstLine(e));
        }
    }

    /** Returns the negated best finite score among the first {@code rows} scores, or NaN. */
    static double bestLoss(double[] scores, int rows) {
        double best = Double.NEGATIVE_INFINITY;
        boolean found = false;
        for (int i = 0; i < Math.min(rows, scores.length); i++) {
            if (Double.isFinite(scores[i]) && scores[i] > best) {
                best = scores[i];
                found = true;
            }
        }
        return found ? 0.0 - best : Double.NaN;
    }

    /** Returns the first line of the exception's description, because Guice's messages run to many lines. */
    static String firstLine(Exception e) {
        String text = e.toString();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
