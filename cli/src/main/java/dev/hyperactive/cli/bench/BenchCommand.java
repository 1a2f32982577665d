package dev.hyperactive.cli.bench;

import dev.hyperactive.api.Study;
import dev.hyperactive.core.OptimizerRegistry;
import dev.hyperactive.core.StudyRegistry;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code bench} sub-command: the quality benchmark of every optimizer on the test-function suite,
 * and the overhead benchmark on a study.
 */
@Command(name = "bench", sortOptions = false,
        description = {
            "Runs every optimizer with its default parameters on the shifted test functions (sphere, ackley,"
                    + " rastrigin, rosenbrock) and on a study, then writes every run as CSV and the median"
                    + " [Q1, Q3] of the best loss as markdown tables, with random search as the baseline.",
            "The smaller budget is read off the first iterations of the same runs."})
public final class BenchCommand implements Callable<Integer> {

    /** The optimizers of the study benchmark, those available. */
    static final List<String> STUDY_OPTIMIZERS = List.of("random_search", "hill_climbing", "bayesian_optimization",
            "tree_structured_parzen_estimators");

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help and exits.")
    boolean help;

    @Option(names = "--optimizers", split = ",", paramLabel = "NAME",
            description = "Optimizers by registry name, comma-separated (default: every one found). random_search"
                    + " is always added as the baseline.")
    List<String> optimizers;

    @Option(names = "--problems", split = ",", paramLabel = "NAME",
            defaultValue = "sphere,ackley,rastrigin,rosenbrock",
            description = "Test functions, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> problems;

    @Option(names = "--dims", split = ",", paramLabel = "D", defaultValue = "2,5",
            description = "Numbers of dimensions, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> dimensions;

    @Option(names = "--steps", paramLabel = "S", defaultValue = "101",
            description = "Grid values per dimension, both ends included (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "10",
            description = "Seeds 0 to N-1 per optimizer and problem (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--model-based-seeds", paramLabel = "N", defaultValue = "3",
            description = "Seeds of the model-based (SMBO) optimizers, which cost more (default: ${DEFAULT-VALUE}).")
    int modelBasedSeeds;

    @Option(names = "--n-iter", paramLabel = "N", defaultValue = "300",
            description = "Iterations per run (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--early-iter", paramLabel = "N", defaultValue = "100",
            description = "The smaller budget, read off the same runs (default: ${DEFAULT-VALUE}).")
    int earlyIterations;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-results",
            description = "Folder of the CSV and markdown files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Runs in parallel (default: the number of available processors).")
    Integer jobs;

    @Option(names = "--study", paramLabel = "NAME", defaultValue = "diabetes",
            description = "Study of the overhead benchmark (default: ${DEFAULT-VALUE}). It is skipped with a note"
                    + " when it is not on the module path.")
    String study;

    @Option(names = "--study-iter", paramLabel = "N", defaultValue = "50",
            description = "Iterations per study run (default: ${DEFAULT-VALUE}).")
    int studyIterations;

    @Option(names = "--study-seeds", paramLabel = "N", defaultValue = "3",
            description = "Seeds per optimizer on the study (default: ${DEFAULT-VALUE}).")
    int studySeeds;

    @Option(names = "--no-study", description = "Skips the study benchmark.")
    boolean noStudy;

    @Option(names = "--no-problems", description = "Skips the test-function benchmark.")
    boolean noProblems;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        OptimizerRegistry registry = OptimizerRegistry.discover();
        Files.createDirectories(out);
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        long start = System.nanoTime();

        try (BenchExecutor executor = new BenchExecutor(threads)) {
            if (!noProblems) {
                List<QualityCase> cases = cases(registry);
                stderr.printf(Locale.ROOT, "running %d runs on %d threads%n", cases.size(), threads);
                stderr.flush();
                QualityRunner runner = new QualityRunner(steps, iterations, earlyIterations);
                List<QualityRun> runs = runner.runAll(cases, executor, line -> {
                    synchronized (stderr) {
                        stderr.println(line);
                        stderr.flush();
                    }
                });
                QualityReport report = new QualityReport(runs, earlyIterations, iterations);
                write("quality-runs.csv", report.csv());
                write("quality.md", report.markdown());
                stdout.print(report.markdown());
            }
            if (!noStudy) {
                stdout.print(runStudy(registry, executor, stderr));
            }
        }
        stdout.printf(Locale.ROOT, "Total wall time: %.1f s on %d threads; files in %s%n",
                (System.nanoTime() - start) / 1e9, threads, out.toAbsolutePath());
        stdout.flush();
        return 0;
    }

    private void checkOptions() {
        Checks.positive("steps", steps);
        Checks.positive("seeds", seeds);
        Checks.positive("model-based seeds", modelBasedSeeds);
        Checks.positive("n_iter", iterations);
        Checks.positive("early n_iter", earlyIterations);
        Checks.positive("study n_iter", studyIterations);
        Checks.positive("study seeds", studySeeds);
        if (jobs != null) {
            Checks.positive("jobs", jobs);
        }
        for (int d : dimensions) {
            Checks.positive("dims", d);
        }
        if (earlyIterations > iterations) {
            throw new IllegalArgumentException("the early budget must not exceed n_iter: " + earlyIterations + " > "
                    + iterations);
        }
    }

    /** Returns the runs in order: optimizer (baseline first), dimensions, problem, seed. */
    private List<QualityCase> cases(OptimizerRegistry registry) {
        List<OptimizerProvider> selected = new ArrayList<>();
        selected.add(registry.provider(QualityReport.BASELINE));
        if (optimizers == null) {
            registry.providers().stream().filter(p -> !p.name().equals(QualityReport.BASELINE)).forEach(selected::add);
        } else {
            for (String name : optimizers) {
                OptimizerProvider provider = registry.provider(name.trim());
                if (!selected.contains(provider)) {
                    selected.add(provider);
                }
            }
        }

        List<QualityCase> cases = new ArrayList<>();
        for (OptimizerProvider provider : selected) {
            int seedCount = provider.family() == OptimizerFamily.SMBO ? modelBasedSeeds : seeds;
            for (int d : dimensions) {
                for (String problem : problems) {
                    for (long seed = 0; seed < seedCount; seed++) {
                        cases.add(new QualityCase(provider.name(), provider.family(), problem.trim(), d, seed));
                    }
                }
            }
        }
        return cases;
    }

    private String runStudy(OptimizerRegistry registry, BenchExecutor executor, PrintWriter stderr)
            throws IOException {
        Study found = StudyRegistry.discover().studies().stream()
                .filter(s -> s.name().equals(study))
                .findFirst()
                .orElse(null);
        if (found == null) {
            return "### Study '" + study + "'\n\nSkipped: the study is not on the module path.\n\n";
        }
        List<String> names = STUDY_OPTIMIZERS.stream()
                .filter(name -> registry.providers().stream().anyMatch(p -> p.name().equals(name)))
                .toList();
        stderr.printf(Locale.ROOT, "running study '%s': %s, %d seeds%n", study, String.join(", ", names), studySeeds);
        stderr.flush();
        StudyBenchmark benchmark = new StudyBenchmark(found, studyIterations);
        List<StudyBenchmark.Run> runs = benchmark.runAll(names, studySeeds, executor);
        write("study-runs.csv", StudyBenchmark.csv(runs));
        String markdown = benchmark.markdown(runs);
        write("study.md", markdown);
        return markdown;
    }

    private void write(String name, String text) {
        try {
            Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + out.resolve(name) + ": " + e.getMessage(), e);
        }
    }
}
