package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.Initialization;
import dev.hyperactive.api.MemoryMode;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.testing.Engines;
import dev.hyperactive.core.testing.FakeTicker;
import dev.hyperactive.core.testing.RecordingDisplay;
import dev.hyperactive.core.testing.ScriptedProvider;
import dev.hyperactive.core.testing.UniformRandomProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HyperactiveTest {

    private static final SearchSpace SPACE = SearchSpace.builder().integers("x", 0, 10, 1).build();
    private static final Objective OBJECTIVE = p -> p.getInt("x");

    @Test
    void nullArgumentsNamed() {
        Hyperactive hyper = Engines.quiet();
        NullPointerException e = assertThrows(NullPointerException.class, () -> hyper.addSearch(null, SPACE, 5));
        assertEquals("objective must not be null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> hyper.addSearch(OBJECTIVE, null, 5));
        assertEquals("search space must not be null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> hyper.addSearch(OBJECTIVE, SPACE, 5, null));
        assertEquals("search options must not be null", e.getMessage());
    }

    @Test
    void nonPositiveIterationsRejected() {
        Hyperactive hyper = Engines.quiet();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> hyper.addSearch(OBJECTIVE, SPACE, 0));
        assertEquals("n_iter must be positive: 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> hyper.addSearch(OBJECTIVE, SPACE, -3));
        assertEquals("n_iter must be positive: -3", e.getMessage());
    }

    @Test
    void unknownOptimizerListsKnown() {
        Hyperactive hyper = Engines.quiet(new ScriptedProvider());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> hyper.addSearch(OBJECTIVE,
                SPACE, 5, SearchOptions.builder().optimizer(OptimizerSpec.named("foo")).build()));
        assertEquals("unknown optimizer 'foo'; available optimizers: scripted, uniform_random", e.getMessage());
    }

    @Test
    void badOptimizerParameterFailsAtAdd() {
        Hyperactive hyper = Engines.quiet();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> hyper.addSearch(OBJECTIVE,
                SPACE, 5, SearchOptions.builder()
                        .optimizer(OptimizerSpec.named("uniform_random", Map.of("epsilon", "-1"))).build()));
        assertEquals("unknown parameter 'epsilon' for optimizer uniform_random; accepted parameters: none",
                e.getMessage());
    }

    @Test
    void defaultOptionsUseRandomSearch() {
        Hyperactive hyper = Hyperactive.builder().verbosity()
                .providers(List.of(new UniformRandomProvider("random_search"))).build();
        hyper.addSearch(OBJECTIVE, SPACE, 15);
        hyper.run();

        assertEquals(15, hyper.searchData(OBJECTIVE).size());
        assertEquals("random_search", hyper.result(OBJECTIVE).jobs().get(0).optimizer());
        long seed = hyper.result(OBJECTIVE).jobs().get(0).seed();
        assertTrue(seed >= 0, "drawn seed " + seed);
        assertTrue(seed < Integer.MAX_VALUE, "drawn seed " + seed);
    }

    @Test
    void duplicateGivenProvidersRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Hyperactive.builder()
                .providers(List.of(new UniformRandomProvider(), new UniformRandomProvider())));
        assertEquals("two of the given optimizer providers are named 'uniform_random'; pass each optimizer once",
                e.getMessage());
    }

    @Test
    void allProcessorsForMinusOneJobs() {
        Hyperactive hyper = Engines.quiet();
        hyper.addSearch(OBJECTIVE, SPACE, 2, Engines.random(1).nJobs(-1).build());
        hyper.run();

        assertEquals(Runtime.getRuntime().availableProcessors(), hyper.result(OBJECTIVE).jobs().size());
    }

    @Test
    void unknownBackendListsKnown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hyperactive.builder().backend("cluster"));
        assertEquals("unknown backend 'cluster'; available backends: threads", e.getMessage());
    }

    @Test
    void nonPositiveProcessesRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hyperactive.builder().processes(0));
        assertEquals("processes must be positive: 0", e.getMessage());
    }

    @Test
    void seedsOfJobsFollowRandomState() {
        ScriptedProvider scripted = new ScriptedProvider(new int[] {0});
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(OBJECTIVE, SPACE, 1, Engines.scripted().randomState(42).nJobs(3).build());
        hyper.run();

        List<Long> seeds = hyper.result(OBJECTIVE).jobs().stream().map(JobResult::seed).toList();
        assertEquals(List.of(42L, Seeds.forJob(42, 1), Seeds.forJob(42, 2)), seeds);
        assertEquals(Set.copyOf(seeds), Set.copyOf(scripted.contexts().stream().map(c -> c.seed()).toList()));
    }

    @Test
    void printedSeedReproducesJob() {
        SearchSpace wide = SearchSpace.builder().integers("x", 0, 999, 1).integers("y", 0, 999, 1).build();
        Objective objective = p -> p.getInt("x");
        Hyperactive three = Engines.quiet();
        three.addSearch(objective, wide, 20, Engines.random(5).nJobs(3).initialize(Initialization.defaults())
                .build());
        three.run();
        JobResult third = three.result(objective).jobs().get(2);

        Hyperactive one = Engines.quiet();
        one.addSearch(objective, wide, 20, Engines.random(third.seed()).initialize(Initialization.defaults())
                .build());
        one.run();

        SearchData all = three.searchData(objective);
        SearchData alone = one.searchData(objective);
        for (int row = 0; row < 20; row++) {
            assertEquals(all.get(40 + row, "x"), alone.get(row, "x"));
            assertEquals(all.get(40 + row, "y"), alone.get(row, "y"));
        }
    }

    @Test
    void neighbouringSeedsGiveDifferentFirstProposals() {
        SearchSpace wide = SearchSpace.builder().integers("x", 0, 999, 1).integers("y", 0, 999, 1).build();
        Objective objective = p -> 0;
        Set<Map<String, Object>> firstBySeed = new HashSet<>();
        for (long seed = 0; seed < 8; seed++) {
            Hyperactive hyper = Engines.quiet();
            hyper.addSearch(objective, wide, 1, Engines.random(seed).build());
            hyper.run();
            firstBySeed.add(hyper.searchData(objective).row(0));
        }
        assertEquals(8, firstBySeed.size());

        Hyperactive jobs = Engines.quiet();
        jobs.addSearch(objective, wide, 1, Engines.random(0).nJobs(8).build());
        jobs.run();
        Set<List<Object>> firstByJob = new HashSet<>();
        for (int row = 0; row < 8; row++) {
            firstByJob.add(List.of(jobs.searchData(objective).get(row, "x"), jobs.searchData(objective).get(row, "y")));
        }
        assertEquals(8, firstByJob.size());
    }

    @Test
    void emptyVerbosityPrintsNothing() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        try {
            Hyperactive hyper = Hyperactive.builder().verbosity(Set.of())
                    .providers(List.of(new UniformRandomProvider())).build();
            hyper.addSearch(OBJECTIVE, SPACE, 10, Engines.random(1).build());
            hyper.run();
        } finally {
            System.setOut(original);
        }
        assertEquals("", captured.toString());
    }

    @Test
    void resultsPrintedPerJob() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Hyperactive hyper = Engines.quietBuilder().verbosity(Verbosity.PRINT_RESULTS)
                .output(new PrintStream(out, true)).build();
        hyper.addSearch(OBJECTIVE, SPACE, 3, Engines.random(1).nJobs(2).searchId("first").build());
        hyper.run();

        String text = out.toString();
        assertTrue(text.startsWith(System.lineSeparator() + System.lineSeparator()), text);
        assertEquals(2, text.split("Results: 'first'", -1).length - 1, text);
    }

    @Test
    void progressBarAloneSkipsResults() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Hyperactive hyper = Engines.quietBuilder().verbosity(Verbosity.PROGRESS_BAR)
                .progressDisplay(ProgressDisplay.silent()).output(new PrintStream(out, true)).build();
        hyper.addSearch(OBJECTIVE, SPACE, 3, Engines.random(1).build());
        hyper.run();

        assertEquals("", out.toString());
    }

    @Test
    void guiceModuleOverridesTickerAndDisplay() {
        RecordingDisplay display = new RecordingDisplay();
        FakeTicker ticker = new FakeTicker(1_000_000_000L);
        Hyperactive hyper = Engines.quietBuilder().ticker(Ticker.system()).processes(1)
                .modules(binder -> binder.bind(Ticker.class).toInstance(ticker),
                        binder -> binder.bind(ProgressDisplay.class).toInstance(display))
                .build();
        hyper.addSearch(OBJECTIVE, SPACE, 2, Engines.random(1).memory(MemoryMode.OFF).searchId("demo").build());
        hyper.addSearch(p -> 0, SPACE, 1, Engines.random(1).searchId("second").build());
        hyper.run();

        SearchData data = hyper.searchData(OBJECTIVE, true);
        assertEquals(1.0, data.get(0, "eval_time"));
        assertEquals(3.0, data.get(0, "iter_time"));
        assertEquals("start 0 [0] demo (Uniform Random) 2", display.calls().get(0));
        assertTrue(display.calls().contains("finish 0 2"), display.calls().toString());
        assertTrue(display.calls().contains("start 1 [1] second (Uniform Random) 1"), display.calls().toString());
        assertEquals(2, display.calls().stream().filter(c -> c.startsWith("update 0 ")).count());
    }

    @Test
    void defaultSearchIdIsDeclaringClass() {
        RecordingDisplay display = new RecordingDisplay();
        Hyperactive hyper = Engines.quietBuilder().progressDisplay(display).build();
        hyper.addSearch(OBJECTIVE, SPACE, 1, Engines.random(1).build());
        hyper.run();

        assertEquals("HyperactiveTest", hyper.result(OBJECTIVE).searchId());
        assertNotEquals(-1, display.calls().get(0).indexOf("HyperactiveTest"));
    }
}
