package dev.hyperactive.benchmarks;

import dev.hyperactive.api.MemoryMode;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchData;
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
 * Recording search data through the engine: random search on the W1 2-D space with memory off and a
 * trivial objective, then reading the whole {@link SearchData}, in milliseconds per run.
 *
 * <p>The engine appends one row per iteration and builds the table when it is read. The cost per
 * row is the difference between the two run lengths divided by the difference of their row counts;
 * it includes the ask, tell and objective of random search, which {@link AskTellBenchmark} and
 * {@link LoopBenchmark} measure alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchDataBenchmark {

    /** Rows per run. */
    @Param({"10000", "100000"})
    public int rows;

    private SearchSpace searchSpace;
    private Objective objective;

    /** Builds the space and the objective. */
    @Setup(Level.Trial)
    public void prepare() {
        searchSpace = Spaces.w1Space("2d-201");
        objective = Spaces.negatedSphere(2);
    }

    /** Runs the search and returns its search data. */
    @Benchmark
    public SearchData record() {
        Hyperactive hyper = Hyperactive.builder().verbosity().build();
        SearchOptions options = SearchOptions.builder()
                .optimizer(OptimizerSpec.named("random_search"))
                .memory(MemoryMode.OFF)
                .randomState(0)
                .build();
        hyper.addSearch(objective, searchSpace, rows, options);
        hyper.run();
        return hyper.searchData(objective, true);
    }
}
