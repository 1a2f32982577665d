package dev.hyperactive.benchmarks;

import dev.hyperactive.api.MemoryMode;
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
 * Memory lookups and inserts, alone and under contention, through the engine: random search with
 * {@value #ITERATIONS} iterations per job and a trivial objective, in milliseconds per run.
 *
 * <p>The engine's memory is internal, so it is measured by difference: the same run with memory
 * {@code OFF}, {@code PRIVATE} (one cache per job) and {@code SHARED} (one cache for both jobs,
 * in-flight positions deduplicated), with one job or two jobs on their own threads. On
 * {@code 2d-20} (400 points) nearly every iteration after the first few thousand is a lookup that
 * hits; on {@code 10d-21} (1.7e13 points) nearly every one is a miss and an insert.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MemoryBenchmark {

    /** Iterations per job. */
    static final int ITERATIONS = 20_000;

    /** The memory mode. */
    @Param({"OFF", "PRIVATE", "SHARED"})
    public MemoryMode memory;

    /** The number of jobs, each on its own thread. */
    @Param({"1", "2"})
    public int jobs;

    /** {@code 2d-20} where lookups hit, {@code 10d-21} where they miss. */
    @Param({"2d-20", "10d-21"})
    public String space;

    private SearchSpace searchSpace;
    private Objective objective;

    /** Builds the space and the objective. */
    @Setup(Level.Trial)
    public void prepare() {
        searchSpace = Spaces.w1Space(space);
        objective = Spaces.negatedSphere(searchSpace.dimensionCount());
    }

    /** Runs the jobs and returns the best score. */
    @Benchmark
    public double search() {
        Hyperactive hyper = Hyperactive.builder().verbosity().build();
        SearchOptions options = SearchOptions.builder()
                .optimizer(OptimizerSpec.named("random_search"))
                .nJobs(jobs)
                .memory(memory)
                .randomState(0)
                .build();
        hyper.addSearch(objective, searchSpace, ITERATIONS, options);
        hyper.run();
        return hyper.bestScore(objective);
    }
}
