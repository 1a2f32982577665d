package dev.hyperactive.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.core.Hyperactive;
import dev.hyperactive.core.SearchFailedException;
import dev.hyperactive.core.SearchResult;
import dev.hyperactive.core.Verbosity;
import dev.hyperactive.core.problems.Problem;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The {@code run} sub-command: one search on a built-in problem or a study. */
@Command(
        name = "run",
        sortOptions = false,
        description = {
            "Runs one search on a built-in test problem or a study and prints the results.",
            "Options not listed here keep add_search's defaults (initialize grid 4, random 2, vertices 4;"
                    + " shared memory), or the study's defaults for a study."})
final class RunCommand implements Callable<Integer> {

    private static final int DEFAULT_DIMENSIONS = 2;
    private static final int DEFAULT_STEPS = 101;

    @ParentCommand
    HyperactiveCommand parent;

    @Mixin
    HelpOption help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** The two kinds of target, exactly one of which is given. */
    static final class Target {

        @Option(names = "--problem", paramLabel = "NAME", required = true,
                description = "Built-in test problem: sphere, ackley, rastrigin or rosenbrock.")
        String problem;

        @Option(names = "--study", paramLabel = "NAME", required = true,
                description = "Study on the module path, by name (see 'hyperactive studies').")
        String study;
    }

    @Option(names = "--dims", paramLabel = "D",
            description = "Number of dimensions of the problem (default: " + DEFAULT_DIMENSIONS + ").")
    Integer dimensions;

    @Option(names = "--steps", paramLabel = "S",
            description = "Grid values per dimension of the problem, both ends included (default: "
                    + DEFAULT_STEPS + ").")
    Integer steps;

    @Option(names = "--optimizer", paramLabel = "NAME",
            description = "Optimizer registry name (default: random_search, or the study's optimizer;"
                    + " see 'hyperactive optimizers').")
    String optimizer;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "Optimizer parameter, repeatable; the others keep their defaults.")
    List<String> parameterArguments = new ArrayList<>();

    @Option(names = "--n-iter", paramLabel = "N",
            description = "Iterations per job (default: 100, or the study's default).")
    Integer iterations;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Independent jobs, each with its own seed; -1 for one per processor (default: 1).")
    Integer jobs;

    @Option(names = "--seed", paramLabel = "SEED",
            description = "Random state of job 0 (default: a drawn seed, which the results report).")
    Long seed;

    @Option(names = "--search-data", paramLabel = "FILE",
            description = "Writes the search data to FILE, as CSV or JSON Lines by its extension (.csv, .jsonl).")
    Path searchDataFile;

    @Option(names = "--json",
            description = "Prints only a one-line JSON summary on standard output, with no progress bar.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        CliEnvironment environment = parent.environment();
        SearchTarget searchTarget = searchTarget(environment);
        int nIter = iterations == null ? searchTarget.defaultIterations() : Checks.positive("n_iter", iterations);
        Path file = searchDataFile == null ? null : SearchDataOutput.check(environment.resolve(searchDataFile));
        SearchOptions options = options(searchTarget);

        Set<Verbosity> verbosity = json ? EnumSet.noneOf(Verbosity.class) : EnumSet.allOf(Verbosity.class);
        Hyperactive hyper = environment.engine(verbosity);
        hyper.addSearch(searchTarget.objective(), searchTarget.space(), nIter, options);
        try {
            hyper.run();
        } catch (SearchFailedException e) {
            // The rows evaluated before the failure are paid for: keep them before reporting it.
            if (file != null) {
                writeSearchData(hyper, searchTarget, file, environment.err());
            }
            throw e;
        }
        SearchResult result = hyper.result(searchTarget.objective());

        CommandFailedException writeFailure = null;
        if (file != null) {
            try {
                writeSearchData(hyper, searchTarget, file, json ? environment.err() : environment.out());
            } catch (CommandFailedException e) {
                writeFailure = e;
            }
        }
        if (json) {
            long usedSeed = options.randomState().orElseGet(() -> result.jobs().get(0).seed());
            String line = new ObjectMapper().writeValueAsString(RunSummary.toJson(result, searchTarget.space(),
                    searchTarget.name(), options.optimizer().name(), nIter, usedSeed));
            environment.out().println(line);
        }
        environment.out().flush();
        if (writeFailure != null) {
            throw writeFailure;
        }
        return 0;
    }

    private static void writeSearchData(Hyperactive hyper, SearchTarget searchTarget, Path file,
            PrintStream messages) {
        SearchData data = hyper.searchData(searchTarget.objective());
        SearchDataOutput.write(data, searchTarget.space(), file);
        messages.println(SearchDataOutput.writtenMessage(data, file));
    }

    private SearchTarget searchTarget(CliEnvironment environment) {
        if (target.problem != null) {
            int d = dimensions == null ? DEFAULT_DIMENSIONS : dimensions;
            int s = steps == null ? DEFAULT_STEPS : steps;
            return SearchTarget.of(Problem.of(target.problem, d, s));
        }
        if (dimensions != null || steps != null) {
            throw new IllegalArgumentException("--dims and --steps apply only to --problem, not to --study");
        }
        return SearchTarget.of(environment.studies().study(target.study));
    }

    private SearchOptions options(SearchTarget searchTarget) {
        SearchOptions base = searchTarget.baseOptions();
        SearchOptions.Builder builder = base.toBuilder().searchId(searchTarget.name());
        Map<String, String> parameters = parameters();
        if (optimizer != null || !parameters.isEmpty()) {
            String name = optimizer == null ? base.optimizer().name() : optimizer;
            builder.optimizer(OptimizerSpec.named(name, parameters));
        }
        if (jobs != null) {
            builder.nJobs(jobs);
        }
        if (seed != null) {
            builder.randomState(seed);
        }
        return builder.build();
    }

    /**
     * Returns the {@code --param} values by key.
     *
     * @throws IllegalArgumentException if a value lacks {@code =} or a key is given twice, so that a
     *     typo in a long command line does not silently override an earlier value
     */
    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String argument : parameterArguments) {
            int separator = argument.indexOf('=');
            if (separator <= 0) {
                throw new IllegalArgumentException("--param must have the form KEY=VALUE: '" + argument + "'");
            }
            String key = argument.substring(0, separator).trim();
            if (parameters.put(key, argument.substring(separator + 1)) != null) {
                throw new IllegalArgumentException("--param " + key + " is given twice; give each parameter once");
            }
        }
        return parameters;
    }
}
