package dev.hyperactive.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark groups of a profile over every optimizer found on the class path and prints
 * their markdown tables.
 *
 * <pre>{@code
 * java -cp benchmarks.jar:more-optimizers.jar dev.hyperactive.benchmarks.BenchmarkMain short|full
 *     [--only asktell,history,scaling,loop,memory,searchdata] [--optimizers NAME,...] [--out DIR]
 * }</pre>
 *
 * <p>The tables go to standard output and to {@code DIR/<profile>.md}; JMH's raw results go to
 * {@code DIR/<group>.json} (default {@code DIR}: {@code jmh-results}). Plain JMH options work with
 * {@code java -cp benchmarks.jar org.openjdk.jmh.Main}, but the benchmarks then see only their
 * default parameters.
 */
public final class BenchmarkMain {

    /** The groups, in the order they run. */
    static final List<String> GROUPS = List.of("asktell", "history", "scaling", "loop", "memory", "searchdata");

    /** Scored points seen before the measured steps on the 2-D and 10-D spaces. */
    static final int HISTORY = 100;

    /** Scored points seen before the measured steps of the scaling group on the 5-D space. */
    static final List<Integer> SCALING_HISTORIES = List.of(100, 500, 2_000);

    private final Profile profile;
    private final Catalog catalog;
    private final Set<String> selectedOptimizers;
    private final Path out;
    private final Measurements measurements = new Measurements();

    private BenchmarkMain(Profile profile, Catalog catalog, Set<String> selectedOptimizers, Path out) {
        this.profile = profile;
        this.catalog = catalog;
        this.selectedOptimizers = selectedOptimizers;
        this.out = out;
    }

    /**
     * Runs the profile named by the first argument.
     *
     * @throws IOException if the tables cannot be written
     * @throws RunnerException if JMH cannot run at all
     */
    public static void main(String[] args) throws IOException, RunnerException {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: BenchmarkMain short|full [--only GROUP,...] [--optimizers NAME,...]"
                    + " [--out DIR]; groups: " + String.join(",", GROUPS));
            System.exit(2);
        }
        Profile profile = Profile.named(args[0]);
        Set<String> groups = new LinkedHashSet<>(GROUPS);
        Set<String> optimizers = null;
        Path out = Path.of("jmh-results");
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--only" -> groups = checkedGroups(args[i + 1]);
                case "--optimizers" -> optimizers = new LinkedHashSet<>(Arrays.asList(args[i + 1].split(",")));
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; accepted: --only, --optimizers, --out");
            }
        }

        Files.createDirectories(out);
        BenchmarkMain session = new BenchmarkMain(profile, Catalog.discover(), optimizers, out);
        String report = session.run(groups);
        Path file = out.resolve(profile.name() + ".md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("Tables written to " + file.toAbsolutePath());
    }

    private static Set<String> checkedGroups(String list) {
        Set<String> groups = new LinkedHashSet<>(Arrays.asList(list.split(",")));
        for (String group : groups) {
            if (!GROUPS.contains(group)) {
                throw new IllegalArgumentException("unknown group " + group + "; groups: " + String.join(",", GROUPS));
            }
        }
        return groups;
    }

    private String run(Set<String> groups) throws RunnerException {
        BenchmarkReport report = new BenchmarkReport(catalog, measurements);
        StringBuilder text = new StringBuilder();
        text.append("## JMH benchmarks, profile ").append(profile.name()).append("\n\n");
        text.append("Optimizers found: ").append(String.join(", ", catalog.all())).append(".\n\n");

        if (groups.contains("asktell") && runTimed("asktell", AskTellBenchmark.class, selected(catalog.steady()),
                Map.of("space", List.of("2d-201", "10d-100")))) {
            text.append(report.askTell(selected(catalog.steady())));
        }
        if (groups.contains("history") && runTimed("history", HistoryBenchmark.class, selected(catalog.growing()),
                Map.of("space", List.of("2d-201", "10d-100"), "history", List.of(Integer.toString(HISTORY)),
                        "fill", List.of("auto")))) {
            text.append(report.history(selected(catalog.growing()), HISTORY));
        }
        if (groups.contains("scaling") && runTimed("scaling", HistoryBenchmark.class, selected(catalog.growing()),
                Map.of("space", List.of("5d-100"), "history", SCALING_HISTORIES.stream().map(String::valueOf).toList(),
                        "fill", List.of("auto")))) {
            text.append(report.scaling(selected(catalog.growing()), SCALING_HISTORIES));
        }
        List<String> loopOptimizers = selected(profile == Profile.FULL ? catalog.all() : catalog.peerW1());
        if (groups.contains("loop") && runShots("loop", LoopBenchmark.class, loopOptimizers)) {
            text.append(report.loop(loopOptimizers));
        }
        if (groups.contains("memory") && runShots("memory", MemoryBenchmark.class, null)) {
            text.append(report.memory());
        }
        if (groups.contains("searchdata") && runShots("searchdata", SearchDataBenchmark.class, null)) {
            text.append(report.searchData());
        }
        return text.toString();
    }

    /** Runs a benchmark with 1 s iterations, or returns false when there is no optimizer to run. */
    private boolean runTimed(String group, Class<?> benchmark, List<String> optimizers,
            Map<String, List<String>> params) throws RunnerException {
        if (optimizers.isEmpty()) {
            return false;
        }
        ChainedOptionsBuilder options = options(group, benchmark, optimizers, params)
                .warmupIterations(profile.warmups())
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(profile.measurements())
                .measurementTime(TimeValue.seconds(1));
        measurements.addAll(new Runner(options.build()).run());
        return true;
    }

    /**
     * Runs a single-shot benchmark, whose iterations are whole runs. {@code optimizers} is null for a
     * benchmark without that parameter.
     */
    private boolean runShots(String group, Class<?> benchmark, List<String> optimizers) throws RunnerException {
        if (optimizers != null && optimizers.isEmpty()) {
            return false;
        }
        ChainedOptionsBuilder options = options(group, benchmark, optimizers, Map.of())
                .warmupIterations(profile.warmupShots())
                .measurementIterations(profile.measuredShots());
        measurements.addAll(new Runner(options.build()).run());
        return true;
    }

    private ChainedOptionsBuilder options(String group, Class<?> benchmark, List<String> optimizers,
            Map<String, List<String>> params) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName()) + "\\.\\w+$")
                .forks(profile.forks())
                .shouldFailOnError(false)
                .result(out.resolve(group + ".json").toString())
                .resultFormat(ResultFormatType.JSON);
        if (optimizers != null) {
            options.param("optimizer", optimizers.toArray(new String[0]));
        }
        params.forEach((key, values) -> options.param(key, values.toArray(new String[0])));
        return options;
    }

    private List<String> selected(List<String> names) {
        if (selectedOptimizers == null) {
            return names;
        }
        return names.stream().filter(selectedOptimizers::contains).toList();
    }
}
