package dev.hyperactive.core;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.internal.display.ResultsPrinter;
import dev.hyperactive.core.internal.engine.Backend;
import dev.hyperactive.core.internal.engine.EngineServices;
import dev.hyperactive.core.internal.engine.RunCoordinator;
import dev.hyperactive.core.internal.engine.RunOutcome;
import dev.hyperactive.core.internal.engine.SearchRequest;
import dev.hyperactive.core.internal.engine.ThreadBackend;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerProvider;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects searches and runs them: the entry point of the engine, like Hyperactive's
 * {@code Hyperactive} class.
 *
 * <pre>{@code
 * Objective sphere = p -> -(p.getDouble("x") * p.getDouble("x"));
 * SearchSpace space = SearchSpace.builder().doubles("x", -5, 5, 0.1).build();
 * Hyperactive hyper = Hyperactive.builder().verbosity().build();
 * hyper.addSearch(sphere, space, 100, SearchOptions.builder().randomState(1).build());
 * hyper.run();
 * double best = hyper.bestScore(sphere);
 * }</pre>
 *
 * <p>Each {@code addSearch} is checked at once and becomes {@code nJobs} independent jobs. Results
 * are keyed by the objective instance and merged over every search added for it. An instance runs
 * once; it is not thread-safe.
 */
public final class Hyperactive {

    private final EngineServices services;
    private final Set<Verbosity> verbosity;
    private final int processes;
    private final List<SearchRequest> searches = new ArrayList<>();
    private final Map<Objective, Boolean> objectives = new IdentityHashMap<>();
    private final List<Objective> objectiveOrder = new ArrayList<>();
    private boolean started;
    private RunOutcome outcome;

    private Hyperactive(EngineServices services, Set<Verbosity> verbosity, int processes) {
        this.services = services;
        this.verbosity = verbosity;
        this.processes = processes;
    }

    /** Returns a builder with Hyperactive's defaults: all verbosity, the thread backend, "auto" processes. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds a search with the default options.
     *
     * @see #addSearch(Objective, SearchSpace, int, SearchOptions)
     */
    public Hyperactive addSearch(Objective objective, SearchSpace space, int nIter) {
        return addSearch(objective, space, nIter, SearchOptions.defaults());
    }

    /**
     * Adds a search of {@code nIter} iterations per job. Everything is checked now, so bad input fails
     * before anything runs.
     *
     * @return this
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code nIter <= 0}, the optimizer is unknown or rejects a
     *     parameter, a warm start misses a dimension or contains a value outside it, or the memory
     *     warm start lacks the column of a parameter or the score
     * @throws IllegalStateException if {@link #run()} was already called
     */
    public Hyperactive addSearch(Objective objective, SearchSpace space, int nIter, SearchOptions options) {
        if (started) {
            throw new IllegalStateException("searches must be added before run()");
        }
        SearchRequest search = new SearchRequest(objective, space, nIter, options, services.registry());
        searches.add(search);
        if (objectives.put(objective, Boolean.TRUE) == null) {
            objectiveOrder.add(objective);
        }
        return this;
    }

    /**
     * Runs every job of every search and waits for all of them, then prints the results blocks as the
     * verbosity selects.
     *
     * @throws SearchFailedException if the objective or a callback threw an exception that no catch
     *     entry covers, or a job could not continue. The other jobs stop after their current
     *     iteration, and the search data recorded until then stays readable.
     * @throws IllegalStateException if called a second time
     */
    public void run() {
        if (started) {
            throw new IllegalStateException("run() may be called only once");
        }
        started = true;
        outcome = RunCoordinator.run(List.copyOf(searches), services, processes);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        printResults();
    }

    private void printResults() {
        if (!verbosity.contains(Verbosity.PRINT_RESULTS) && !verbosity.contains(Verbosity.PRINT_TIMES)) {
            return;
        }
        PrintStream out = services.output().get();
        List<JobResult> results = outcome.jobResults();
        for (int i = 0; i < results.size(); i++) {
            out.println();
        }
        for (JobResult result : results) {
            ResultsPrinter.print(out, result, verbosity);
        }
        out.flush();
    }

    /**
     * Returns the best finite score of {@code objective} over all its jobs, or NaN when none was
     * finite.
     *
     * @throws IllegalArgumentException if {@code objective} was never added
     * @throws IllegalStateException if {@link #run()} was not called
     */
    public double bestScore(Objective objective) {
        return result(objective).bestScore();
    }

    /**
     * Returns the values at the best score of {@code objective}, or an empty map when no score was
     * finite.
     *
     * @throws IllegalArgumentException if {@code objective} was never added
     * @throws IllegalStateException if {@link #run()} was not called
     */
    public Map<String, Object> bestParameters(Objective objective) {
        return result(objective).bestParameters();
    }

    /**
     * Returns the search data of {@code objective} without times.
     *
     * @see #searchData(Objective, boolean)
     */
    public SearchData searchData(Objective objective) {
        return searchData(objective, false);
    }

    /**
     * Returns one row per iteration of every job of {@code objective}, in job order, also after a
     * failed run.
     *
     * @param withTimes whether to add the {@code eval_time} and {@code iter_time} columns
     * @throws IllegalArgumentException if {@code objective} was never added
     * @throws IllegalStateException if {@link #run()} was not called
     */
    public SearchData searchData(Objective objective, boolean withTimes) {
        checkReadable(objective);
        return outcome.searchData(objective, withTimes);
    }

    /**
     * Returns the merged result of {@code objective}.
     *
     * @throws IllegalArgumentException if {@code objective} was never added
     * @throws IllegalStateException if {@link #run()} was not called
     */
    public SearchResult result(Objective objective) {
        checkReadable(objective);
        return outcome.result(objective);
    }

    /**
     * Returns one result per distinct objective, in the order of their first {@code addSearch}.
     *
     * @throws IllegalStateException if {@link #run()} was not called
     */
    public List<SearchResult> results() {
        checkRan();
        List<SearchResult> results = new ArrayList<>(objectiveOrder.size());
        for (Objective objective : objectiveOrder) {
            results.add(outcome.result(objective));
        }
        return Collections.unmodifiableList(results);
    }

    private void checkReadable(Objective objective) {
        Objects.requireNonNull(objective, "objective must not be null");
        if (!objectives.containsKey(objective)) {
            throw new IllegalArgumentException("unknown objective: it was never added with addSearch");
        }
        checkRan();
    }

    private void checkRan() {
        if (outcome == null) {
            throw new IllegalStateException("results are available after run()");
        }
    }

    /**
     * Builder of {@link Hyperactive}. Settings made here are the defaults of the Guice wiring; modules
     * given to {@link #modules} override them.
     */
    public static final class Builder {

        private Set<Verbosity> verbosity = EnumSet.allOf(Verbosity.class);
        private String backend = ThreadBackend.NAME;
        private int processes;
        private Ticker ticker;
        private List<OptimizerProvider> providers;
        private ProgressDisplay display;
        private PrintStream output;
        private final List<SearchDataSink> sinks = new ArrayList<>();
        private final List<Module> modules = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets what the run shows; no argument means nothing at all on standard output. The default
         * is all three.
         */
        public Builder verbosity(Verbosity... verbosity) {
            Objects.requireNonNull(verbosity, "verbosity must not be null");
            return verbosity(new java.util.HashSet<>(java.util.Arrays.asList(verbosity)));
        }

        /** Sets what the run shows; an empty set means nothing at all on standard output. */
        public Builder verbosity(Set<Verbosity> verbosity) {
            Objects.requireNonNull(verbosity, "verbosity must not be null");
            this.verbosity = verbosity.isEmpty() ? EnumSet.noneOf(Verbosity.class) : EnumSet.copyOf(verbosity);
            return this;
        }

        /**
         * Selects the backend that runs job loops; {@code "threads"} (the default) is the only one.
         *
         * @throws IllegalArgumentException if no backend has that name; the message lists the known ones
         */
        public Builder backend(String name) {
            Objects.requireNonNull(name, "backend must not be null");
            HyperactiveModule.backendNamed(name);
            this.backend = name;
            return this;
        }

        /**
         * Sets the maximum number of jobs running at once. The default ("auto") is the number of jobs
         * added, but at most four per available processor; more jobs run in batches.
         *
         * @throws IllegalArgumentException if {@code n <= 0}
         */
        public Builder processes(int n) {
            this.processes = Checks.positive("processes", n);
            return this;
        }

        /** Sets the clock of time limits and measured times; the default is {@link Ticker#system()}. */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker must not be null");
            return this;
        }

        /**
         * Uses exactly these optimizer providers and turns {@link java.util.ServiceLoader} discovery off.
         *
         * @throws IllegalArgumentException if two of the providers have the same name
         */
        public Builder providers(Collection<? extends OptimizerProvider> providers) {
            Objects.requireNonNull(providers, "providers must not be null");
            List<OptimizerProvider> given = List.copyOf(providers);
            Set<String> names = new HashSet<>();
            for (OptimizerProvider provider : given) {
                if (!names.add(provider.name())) {
                    throw new IllegalArgumentException("two of the given optimizer providers are named '"
                            + provider.name() + "'; pass each optimizer once");
                }
            }
            this.providers = given;
            return this;
        }

        /**
         * Sets the progress display; the default draws bars on standard error when the verbosity
         * includes {@link Verbosity#PROGRESS_BAR} and shows nothing otherwise.
         */
        public Builder progressDisplay(ProgressDisplay display) {
            this.display = Objects.requireNonNull(display, "progress display must not be null");
            return this;
        }

        /** Sets where results blocks go; the default is {@link System#out} at the time they are printed. */
        public Builder output(PrintStream out) {
            this.output = Objects.requireNonNull(out, "output must not be null");
            return this;
        }

        /**
         * Adds a consumer of search-data rows, called as the run produces them; repeatable, and the
         * default is none.
         */
        public Builder searchDataSink(SearchDataSink sink) {
            sinks.add(Objects.requireNonNull(sink, "search-data sink must not be null"));
            return this;
        }

        /** Adds Guice modules whose bindings override those of {@link HyperactiveModule}. */
        public Builder modules(Module... overrides) {
            for (Module module : Objects.requireNonNull(overrides, "modules must not be null")) {
                modules.add(Objects.requireNonNull(module, "module must not be null"));
            }
            return this;
        }

        /**
         * Builds the instance, creating the Guice injector once.
         *
         * @throws IllegalStateException if two optimizer providers have the same name
         * @throws com.google.inject.CreationException if an overriding module is invalid
         */
        public Hyperactive build() {
            HyperactiveModule defaults = new HyperactiveModule(verbosity, backend, providers, ticker, display, output,
                    sinks);
            Injector injector = Guice.createInjector(modules.isEmpty() ? defaults
                    : Modules.override(defaults).with(modules));
            EngineServices services = new EngineServices(
                    injector.getInstance(Ticker.class),
                    injector.getInstance(ProgressDisplay.class),
                    injector.getInstance(OptimizerRegistry.class),
                    injector.getInstance(Backend.class),
                    injector.getProvider(Key.get(PrintStream.class, Names.named(HyperactiveModule.OUTPUT)))::get,
                    List.copyOf(injector.getInstance(Key.get(new TypeLiteral<Set<SearchDataSink>>() { }))));
            return new Hyperactive(services, verbosity, processes);
        }
    }
}
