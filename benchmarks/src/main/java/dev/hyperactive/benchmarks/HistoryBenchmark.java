package dev.hyperactive.benchmarks;

import dev.hyperactive.core.OptimizerRegistry;
import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one ask and one tell of an optimizer that has already seen {@code history}
 * scored points, in microseconds: the mean of {@value #BATCH} consecutive steps.
 *
 * <p>Each invocation gets a fresh run with exactly that history, so the figure does not drift with
 * the length of the measurement. The history grows by {@value #BATCH} within an invocation, a small
 * share of the 100 or more points it starts with.
 *
 * <p>The history is filled in one of two ways ({@code fill}). {@code priors} hands the points to
 * the run as prior observations (a memory warm start) and gives it no initial positions, so that
 * its first ask already uses them. {@code tells} runs
 * {@code history} ask and tell steps first, starting from {@value Spaces#INITIAL_POSITIONS} random
 * initial positions. {@code auto} (the default) uses {@code priors} for the SMBO family, because
 * filling 2,000 points by tells would refit the model 2,000 times per invocation, and {@code tells}
 * for the others.
 *
 * <p>Setting up a run per invocation costs JMH a timestamp pair per call, which is noise next to an
 * ask of a microsecond or more.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HistoryBenchmark {

    /**
     * Ask and tell steps measured per invocation. A model that refits its hyperparameters every few
     * observations (the Gaussian process does so every 10) then pays its refits at their usual rate.
     */
    static final int BATCH = 10;

    /** The registry name of the optimizer. */
    @Param({"random_search"})
    public String optimizer;

    /** The space, as dimensions and values per dimension. */
    @Param({"2d-201", "10d-100"})
    public String space;

    /** The number of scored points the run has seen before the measured steps. */
    @Param({"100"})
    public int history;

    /** The way the history is filled: {@code auto}, {@code priors} or {@code tells}. */
    @Param({"auto"})
    public String fill;

    private OptimizerProvider provider;
    private int[] sizes;
    private boolean byPriors;
    private AskTellOptimizer run;

    /** Resolves the optimizer and the way the history is filled. */
    @Setup(Level.Trial)
    public void resolve() {
        provider = OptimizerRegistry.discover().provider(optimizer);
        sizes = Spaces.sizes(space);
        switch (fill) {
            case "auto" -> byPriors = provider.family() == OptimizerFamily.SMBO;
            case "priors" -> byPriors = true;
            case "tells" -> byPriors = false;
            default -> throw new IllegalArgumentException("fill must be auto, priors or tells: " + fill);
        }
    }

    /** Creates a fresh run that has seen exactly {@code history} scored points. */
    @Setup(Level.Invocation)
    public void createRun() {
        int planned = history + AskTellBenchmark.PLANNED_ITERATIONS;
        if (byPriors) {
            run = provider.create(provider.defaultSpec(), Spaces.context(sizes, 1, planned, 0, history));
            return;
        }
        run = provider.create(provider.defaultSpec(),
                Spaces.context(sizes, 1, planned, Spaces.INITIAL_POSITIONS, 0));
        for (int i = 0; i < history; i++) {
            askTell();
        }
    }

    /** Runs {@value #BATCH} ask and tell steps and returns the last position. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int[] askTellBatch() {
        int[] position = null;
        for (int i = 0; i < BATCH; i++) {
            position = askTell();
        }
        return position;
    }

    private int[] askTell() {
        int[] position = run.ask();
        run.tell(position, Spaces.indexScore(position, sizes));
        return position;
    }
}
