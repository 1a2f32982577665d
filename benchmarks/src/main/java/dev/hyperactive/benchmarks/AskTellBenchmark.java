package dev.hyperactive.benchmarks;

import dev.hyperactive.core.OptimizerRegistry;
import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerProvider;
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
 * The cost of one ask and one tell of an optimizer whose state does not grow with the scored points,
 * with a trivial objective on indices, in nanoseconds.
 *
 * <p>The run proposes its {@value Spaces#INITIAL_POSITIONS} initial positions and then
 * {@value #WARM_UP_STEPS} of its own moves before the measurement starts, so the figure is that of
 * the steady state. Optimizers whose state grows (model-based ones, Lipschitz, DIRECT) belong in
 * {@link HistoryBenchmark}: measured here, their figure would drift with the length of the run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AskTellBenchmark {

    /** Steps run before the measurement, past the initial positions. */
    static final int WARM_UP_STEPS = 1_000;

    /** The iteration count the context reports; the benchmark keeps asking past it. */
    static final int PLANNED_ITERATIONS = 10_000;

    /** The registry name of the optimizer. */
    @Param({"random_search"})
    public String optimizer;

    /** The space, as dimensions and values per dimension. */
    @Param({"2d-201", "10d-100"})
    public String space;

    private int[] sizes;
    private AskTellOptimizer run;

    /** Creates the run and moves it past its initial positions. */
    @Setup(Level.Trial)
    public void createRun() {
        OptimizerProvider provider = OptimizerRegistry.discover().provider(optimizer);
        sizes = Spaces.sizes(space);
        run = provider.create(provider.defaultSpec(),
                Spaces.context(sizes, 1, PLANNED_ITERATIONS, Spaces.INITIAL_POSITIONS, 0));
        for (int i = 0; i < Spaces.INITIAL_POSITIONS + WARM_UP_STEPS; i++) {
            askTell();
        }
    }

    /** Asks for a position and tells its score. */
    @Benchmark
    public int[] askTell() {
        int[] position = run.ask();
        run.tell(position, Spaces.indexScore(position, sizes));
        return position;
    }
}
