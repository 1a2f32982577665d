package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hyperactive.api.EarlyStopping;
import dev.hyperactive.api.Initialization;
import dev.hyperactive.api.MemoryMode;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.testing.Engines;
import dev.hyperactive.core.testing.ScriptedProvider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HyperactiveStoppingTest {

    private static final SearchSpace SPACE = SearchSpace.builder().integers("x", 0, 10, 1).build();

    /** Runs an objective that returns {@code scores[iteration]} (memory off) and returns the row count. */
    private static int rowsFor(SearchOptions.Builder options, double... scores) {
        Objective scripted = p -> scores[Math.min(p.iteration(), scores.length - 1)];
        Hyperactive hyper = Engines.quiet();
        hyper.addSearch(scripted, SPACE, 100, options.memory(MemoryMode.OFF).build());
        hyper.run();
        return hyper.searchData(scripted).size();
    }

    @Test
    void maxScoreStopsAtFirstReach() {
        assertEquals(3, rowsFor(Engines.random(1).maxScore(5), 1, 2, 7, 9, 10));
    }

    @Test
    void maxScoreZeroIsALimit() {
        assertEquals(4, rowsFor(Engines.random(1).maxScore(0), -3, -2, -1, 0, -1));
    }

    @Test
    void maxScoreIgnoresNaNAndInfinity() {
        assertEquals(4, rowsFor(Engines.random(1).maxScore(5), Double.NaN, Double.POSITIVE_INFINITY, 1, 6, 1));
    }

    /** A clock that advances one second per objective call, so elapsed time after k calls is k seconds. */
    private static int rowsWithMaxTime(Duration maxTime) {
        AtomicLong clock = new AtomicLong();
        Objective objective = p -> {
            clock.addAndGet(1_000_000_000L);
            return 0;
        };
        Hyperactive hyper = Engines.quietBuilder().ticker(clock::get).build();
        hyper.addSearch(objective, SPACE, 100, Engines.random(1).memory(MemoryMode.OFF).maxTime(maxTime).build());
        hyper.run();
        return hyper.searchData(objective).size();
    }

    @Test
    void maxTimeStopsWhenReached() {
        assertEquals(3, rowsWithMaxTime(Duration.ofSeconds(3)));
        assertEquals(4, rowsWithMaxTime(Duration.ofMillis(3500)));
    }

    @Test
    void maxTimeZeroRunsOneIteration() {
        assertEquals(1, rowsWithMaxTime(Duration.ZERO));
    }

    @Test
    void earlyStoppingAfterWarmStartAtOptimum() {
        Objective objective = p -> -Math.pow(p.getInt("x") - 5, 2);
        Hyperactive hyper = Engines.quiet();
        hyper.addSearch(objective, SPACE, 50, Engines.random(4)
                .initialize(Initialization.warmStart(List.of(Map.of("x", 5))))
                .earlyStopping(EarlyStopping.of(3)).memory(MemoryMode.OFF).build());
        hyper.run();

        assertEquals(4, hyper.searchData(objective).size());
        assertEquals(5, hyper.searchData(objective).get(0, "x"));
    }

    @Test
    void earlyStoppingTieDoesNotReset() {
        assertEquals(4, rowsFor(Engines.random(1).earlyStopping(EarlyStopping.of(3)), 2, 1, 2, 2, 2, 3));
    }

    @Test
    void earlyStoppingWithoutStallRunsOn() {
        double[] rising = new double[100];
        for (int i = 0; i < rising.length; i++) {
            rising[i] = i;
        }
        assertEquals(100, rowsFor(Engines.random(1).earlyStopping(EarlyStopping.of(2)), rising));
    }

    @Test
    void earlyStoppingTolAbs() {
        double[] slow = {0, 0.5, 1, 1.5, 2, 2.5, 3};
        assertEquals(3, rowsFor(Engines.random(1).earlyStopping(EarlyStopping.of(2).tolAbs(1.5)), slow));
        assertEquals(4, rowsFor(Engines.random(1).earlyStopping(EarlyStopping.of(2).tolAbs(1)),
                0, 0.5, 1, 1.4, 1.9, 3));
    }

    @Test
    void earlyStoppingTolRel() {
        assertEquals(3, rowsFor(Engines.random(1).earlyStopping(EarlyStopping.of(2).tolRel(5)),
                100, 101, 102, 103, 104));
    }

    @Test
    void earlyStoppingTolRelSkippedWhenEarlierBestIsZero() {
        double[] rising = new double[100];
        for (int i = 0; i < rising.length; i++) {
            rising[i] = i;
        }
        assertEquals(4, rowsFor(Engines.random(1).earlyStopping(EarlyStopping.of(2).tolRel(1000)), rising));
    }

    @Test
    void earlyStoppingIgnoresNaN() {
        double nan = Double.NaN;
        assertEquals(9, rowsFor(Engines.random(1).earlyStopping(EarlyStopping.of(3)),
                1, nan, nan, nan, nan, 2, 2, 2, 2, 2, 2));
    }

    @Test
    void fewerIterationsThanInitialPositions() {
        ScriptedProvider scripted = new ScriptedProvider(new int[] {0});
        Objective objective = p -> 0;
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(objective, SPACE, 3, Engines.scripted()
                .initialize(Initialization.builder().grid(4).random(2).vertices(4).build()).build());
        hyper.run();

        assertEquals(3, hyper.searchData(objective).size());
        assertEquals(10, scripted.contexts().get(0).initialPositions().size());
    }
}
