package dev.hyperactive.benchmarks;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.Hyperactive;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The peers' W1 workload through the whole engine: build a {@link Hyperactive} (Guice injector,
 * optimizer discovery), add one search and run it, in milliseconds per run.
 *
 * <p>The objective is {@code -(sum x^2)}; memory is on (shared, the default), nothing is shown, the
 * initial positions are the defaults (4 grid, 2 random, 4 vertices) and the seed is fixed. With
 * {@code run = w1} a run has {@link Catalog#w1Iterations} iterations (10,000 for cheap optimizers,
 * the peers' counts for model-based ones); with {@code run = fixed} it has one, which measures the
 * fixed cost of a run; with {@code run = double} it has twice the W1 count. The steady-state cost
 * per iteration of a cheap optimizer is the difference between the double and the W1 run divided by
 * the W1 count. Both runs pay the same fixed cost and run warm code. A one-iteration run varies by
 * milliseconds, which is more than 10,000 cheap iterations cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoopBenchmark {

    /** The registry name of the optimizer. */
    @Param({"random_search"})
    public String optimizer;

    /** The W1 space: {@code 2d-201} or {@code 10d-21}. */
    @Param({"2d-201", "10d-21"})
    public String space;

    /** {@code w1} for a full run, {@code fixed} for a run of one iteration, {@code double} for twice w1. */
    @Param({"w1", "fixed", "double"})
    public String run;

    private SearchSpace searchSpace;
    private Objective objective;
    private int iterations;

    /** Builds the space and the objective and picks the iteration count. */
    @Setup(Level.Trial)
    public void prepare() {
        searchSpace = Spaces.w1Space(space);
        objective = Spaces.negatedSphere(searchSpace.dimensionCount());
        iterations = iterations(Catalog.discover(), optimizer, space, run);
    }

    /**
     * Returns the iteration count of a run.
     *
     * @throws IllegalArgumentException if {@code run} is not {@code w1}, {@code fixed} or {@code double}
     */
    static int iterations(Catalog catalog, String optimizer, String space, String run) {
        return switch (run) {
            case "w1" -> catalog.w1Iterations(optimizer, space.startsWith("2d"));
            case "fixed" -> 1;
            case "double" -> 2 * catalog.w1Iterations(optimizer, space.startsWith("2d"));
            default -> throw new IllegalArgumentException("run must be w1, fixed or double: " + run);
        };
    }

    /** Builds the engine, runs the search and returns its best score. */
    @Benchmark
    public double search() {
        Hyperactive hyper = Hyperactive.builder().verbosity().build();
        SearchOptions options = SearchOptions.builder()
                .optimizer(OptimizerSpec.named(optimizer))
                .randomState(0)
                .build();
        hyper.addSearch(objective, searchSpace, iterations, options);
        hyper.run();
        return hyper.bestScore(objective);
    }
}
