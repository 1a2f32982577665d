package dev.hyperactive.cli.bench;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.Study;
import dev.hyperactive.core.Hyperactive;
import dev.hyperactive.core.SearchResult;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Runs optimizers on a study with the study's default options and reports the best score and the
 * share of wall time spent outside the objective, which is the overhead of the engine and the
 * optimizer.
 *
 * @param study the study
 * @param iterations the iterations per run
 */
record StudyBenchmark(Study study, int iterations) {

    /**
     * The outcome of one run.
     *
     * @param optimizer the registry name of the optimizer
     * @param seed the random state
     * @param bestScore the best score, NaN when none was finite
     * @param evaluations the objective calls
     * @param wallSeconds the wall time from building the engine to the end of the run, without the
     *     study's own set-up
     * @param evalSeconds the time spent in the objective
     * @param error the exception that stopped the run, or null
     */
    record Run(String optimizer, long seed, double bestScore, int evaluations, double wallSeconds,
            double evalSeconds, String error) {

        double outsideSeconds() {
            return wallSeconds - evalSeconds;
        }
    }

    /** Runs every optimizer with seeds 0 to {@code seeds - 1} on {@code executor}. */
    List<Run> runAll(List<String> optimizers, int seeds, BenchExecutor executor) {
        warmUp(optimizers);
        List<Callable<Run>> tasks = new ArrayList<>();
        for (String optimizer : optimizers) {
            for (long seed = 0; seed < seeds; seed++) {
                long runSeed = seed;
                tasks.add(() -> runOne(optimizer, runSeed));
            }
        }
        return executor.runAll(tasks);
    }

    /**
     * Runs each optimizer briefly on a cheap test problem, so that loading the engine's classes and
     * compiling its hot paths is not counted as time outside the study's objective.
     */
    static void warmUp(List<String> optimizers) {
        QualityRunner runner = new QualityRunner(21, 50, 50);
        for (String optimizer : optimizers) {
            runner.runOne(new QualityCase(optimizer, null, "sphere", 2, 0));
        }
    }

    /** Runs one search. The clock starts after the study has built its objective, which may load data. */
    private Run runOne(String optimizer, long seed) {
        long start = System.nanoTime();
        try {
            Objective objective = study.objective();
            start = System.nanoTime();
            SearchOptions options = study.defaultOptions().toBuilder()
                    .optimizer(OptimizerSpec.named(optimizer))
                    .randomState(seed)
                    .build();
            Hyperactive hyper = Hyperactive.builder().verbosity().build();
            hyper.addSearch(objective, study.searchSpace(), iterations, options);
            hyper.run();
            SearchResult result = hyper.result(objective);
            return new Run(optimizer, seed, result.bestScore(), result.evaluations(), secondsSince(start),
                    result.evalSeconds(), null);
        } catch (RuntimeException e) {
            return new Run(optimizer, seed, Double.NaN, 0, secondsSince(start), 0, QualityRunner.firstLine(e));
        }
    }

    /** Returns the CSV of {@code runs} with a header line. */
    static String csv(List<Run> runs) {
        StringBuilder text = new StringBuilder(
                "optimizer,seed,best_score,evaluations,wall_seconds,eval_seconds,error\n");
        for (Run run : runs) {
            text.append(run.optimizer()).append(',').append(run.seed()).append(',')
                    .append(Double.isNaN(run.bestScore()) ? "" : Double.toString(run.bestScore())).append(',')
                    .append(run.evaluations()).append(',').append(run.wallSeconds()).append(',')
                    .append(run.evalSeconds()).append(',')
                    .append(run.error() == null ? "" : '"' + run.error().replace("\"", "\"\"") + '"').append('\n');
        }
        return text.toString();
    }

    /** Returns the markdown table of {@code runs}, one row per optimizer. */
    String markdown(List<Run> runs) {
        MarkdownTable table = new MarkdownTable(List.of("optimizer", "best score per seed", "wall s per seed",
                "objective calls (median)", "s outside objective (median)", "share outside objective (median)"));
        for (String optimizer : runs.stream().map(Run::optimizer).distinct().toList()) {
            List<Run> mine = runs.stream().filter(run -> run.optimizer().equals(optimizer)).toList();
            table.row(List.of(optimizer,
                    joined(mine, run -> run.error() == null ? String.format(Locale.ROOT, "%.4f", run.bestScore())
                            : "failed"),
                    joined(mine, run -> String.format(Locale.ROOT, "%.1f", run.wallSeconds())),
                    Quartiles.format(median(mine, run -> run.evaluations())),
                    String.format(Locale.ROOT, "%.3f", median(mine, Run::outsideSeconds)),
                    String.format(Locale.ROOT, "%.2f %%", 100 * median(mine,
                            run -> run.wallSeconds() > 0 ? run.outsideSeconds() / run.wallSeconds() : Double.NaN))));
        }
        return "### Study '" + study.name() + "', " + iterations + " iterations\n\n" + table.render() + "\n";
    }

    private static String joined(List<Run> runs, Function<Run, String> cell) {
        return runs.stream().map(cell).collect(Collectors.joining(" / "));
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
        double[] values = runs.stream().filter(run -> run.error() == null).mapToDouble(value).toArray();
        return Quartiles.of(values).median();
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
