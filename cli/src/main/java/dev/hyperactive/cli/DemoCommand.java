package dev.hyperactive.cli;

import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.Study;
import dev.hyperactive.core.Hyperactive;
import dev.hyperactive.core.SearchFailedException;
import dev.hyperactive.core.SearchResult;
import dev.hyperactive.core.Verbosity;
import dev.hyperactive.spi.Checks;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code demo} sub-command: tunes the study {@code diabetes} with its defaults, writes the search
 * data and compares the best score with the study's baseline configuration.
 */
@Command(sortOptions = false, name = "demo",
        description = {
            "Tunes a tree ensemble on the diabetes data set (the study 'diabetes') with its default"
                    + " settings, writes the search data as CSV, and prints the cross-validated score of"
                    + " the study's baseline configuration beside the best one found."})
final class DemoCommand implements Callable<Integer> {

    /** The study the demo runs. */
    static final String STUDY = "diabetes";

    /** The module that provides the study. */
    static final String EXAMPLES_MODULE = "dev.hyperactive.examples";

    @ParentCommand
    HyperactiveCommand parent;

    @Mixin
    HelpOption help;

    @Option(names = "--n-iter", paramLabel = "N", description = "Iterations per job (default: the study's default).")
    Integer iterations;

    @Option(names = "--seed", paramLabel = "SEED",
            description = "Random state of job 0 (default: the study's, or a drawn seed that the results report).")
    Long seed;

    @Option(names = "--search-data", paramLabel = "FILE", defaultValue = STUDY + "-search-data.csv",
            description = "Where the search data goes, as CSV or JSON Lines by its extension (default: ${DEFAULT-VALUE}).")
    Path searchDataFile;

    @Override
    public Integer call() {
        CliEnvironment environment = parent.environment();
        Study study = findStudy(environment);
        int nIter = iterations == null ? study.defaultIterations() : Checks.positive("n_iter", iterations);
        Path file = SearchDataOutput.check(environment.resolve(searchDataFile));
        SearchOptions.Builder builder = study.defaultOptions().toBuilder().searchId(study.name());
        if (seed != null) {
            builder.randomState(seed);
        }
        SearchOptions options = builder.build();

        SearchTarget target = SearchTarget.of(study);
        Hyperactive hyper = environment.engine(EnumSet.allOf(Verbosity.class));
        hyper.addSearch(target.objective(), target.space(), nIter, options);
        PrintStream out = environment.out();
        try {
            hyper.run();
        } catch (SearchFailedException e) {
            // The rows evaluated before the failure are paid for: keep them before reporting it.
            SearchData partial = hyper.searchData(target.objective());
            SearchDataOutput.write(partial, target.space(), file);
            environment.err().println(SearchDataOutput.writtenMessage(partial, file));
            throw e;
        }
        SearchResult result = hyper.result(target.objective());
        SearchData data = hyper.searchData(target.objective());

        SearchDataOutput.write(data, target.space(), file);
        out.println(SearchDataOutput.writtenMessage(data, file));
        out.println();
        out.println("Best found:  " + format(result.bestScore()) + "  at " + describe(result.bestParameters()));

        Map<String, Object> baseline = study.baseline();
        if (baseline.isEmpty()) {
            out.println("Baseline:    the study defines no baseline configuration");
        } else {
            BaselineScore score = BaselineScore.of(baseline, target.space(), target.objective(), data, options,
                    environment);
            out.println("Baseline:    " + format(score.score()) + "  at " + describe(score.values())
                    + (score.fromSearchData() ? "  (evaluated during the search)" : "  (evaluated separately)"));
        }
        out.flush();
        return 0;
    }

    private static Study findStudy(CliEnvironment environment) {
        for (Study study : environment.studies().studies()) {
            if (study.name().equals(STUDY)) {
                return study;
            }
        }
        throw new CommandFailedException("the demo needs the study '" + STUDY + "', which is not on the module path;"
                + " add the module " + EXAMPLES_MODULE + " (the hyperactive-examples jar and its"
                + " dependencies)");
    }

    private static String format(double score) {
        return Double.isNaN(score) ? "no finite score" : String.format(Locale.ROOT, "%.4f", score);
    }

    private static String describe(Map<String, Object> values) {
        if (values.isEmpty()) {
            return "-";
        }
        return values.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
