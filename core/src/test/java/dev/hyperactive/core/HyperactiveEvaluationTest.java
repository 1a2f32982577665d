package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.testing.Engines;
import dev.hyperactive.core.testing.ScriptedProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HyperactiveEvaluationTest {

    private static final SearchSpace SPACE = SearchSpace.builder().integers("x", 0, 10, 1).build();

    private final ScriptedProvider scripted = new ScriptedProvider(new int[] {1}, new int[] {2}, new int[] {3},
            new int[] {4}, new int[] {5});

    private Hyperactive run(Objective objective, int nIter, dev.hyperactive.api.SearchOptions options) {
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(objective, SPACE, nIter, options);
        hyper.run();
        return hyper;
    }

    @Test
    void caughtSubclassGetsItsScore() {
        AtomicInteger after = new AtomicInteger();
        Objective objective = p -> {
            if (p.getInt("x") == 2) {
                throw new IllegalStateException("bad point");
            }
            return p.getInt("x");
        };
        Hyperactive hyper = run(objective, 3, Engines.scripted().catchException(RuntimeException.class, -99)
                .callbacksAfter(p -> after.incrementAndGet()).build());

        assertEquals(List.of(1.0, -99.0, 3.0), hyper.searchData(objective).column("score"));
        assertEquals(2, after.get());
    }

    @Test
    void mostSpecificCatchEntryWins() {
        Objective objective = p -> {
            throw new IllegalArgumentException("always");
        };
        Hyperactive hyper = run(objective, 1, Engines.scripted().catchException(Exception.class, -1)
                .catchException(IllegalArgumentException.class, -2).catchException(RuntimeException.class, -3)
                .build());

        assertEquals(-2.0, hyper.searchData(objective).get(0, "score"));
    }

    @Test
    void uncaughtStopsWithParametersAndKeepsData() {
        IOException cause = new IOException("disk gone");
        Objective objective = p -> {
            if (p.getInt("x") == 4) {
                throw cause;
            }
            return p.getInt("x");
        };
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(objective, SPACE, 5, Engines.scripted().catchException(IllegalStateException.class, 0)
                .build());

        SearchFailedException e = assertThrows(SearchFailedException.class, hyper::run);
        assertSame(cause, e.getCause());
        assertEquals(Map.of("x", 4), e.parameters());
        assertEquals(0, e.job());
        assertEquals(3, e.iteration());
        assertEquals("the evaluation at {x=4} failed in job 0, iteration 3 of search 'HyperactiveEvaluationTest': "
                + "java.io.IOException: disk gone", e.getMessage());
        assertEquals(List.of(1, 2, 3), hyper.searchData(objective).column("x"));
        assertEquals(3.0, hyper.bestScore(objective));
    }

    @Test
    void errorStopsRunToo() {
        Objective objective = p -> {
            throw new AssertionError("broken");
        };
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(objective, SPACE, 5, Engines.scripted().catchException(Exception.class, 0).build());

        SearchFailedException e = assertThrows(SearchFailedException.class, hyper::run);
        assertInstanceOf(AssertionError.class, e.getCause());
        assertEquals(0, hyper.searchData(objective).size());
        assertTrue(Double.isNaN(hyper.bestScore(objective)));
    }

    @Test
    void failingJobStopsOthers() {
        Objective objective = p -> {
            if (p.job() == 0) {
                throw new IllegalStateException("job 0 fails");
            }
            return 0;
        };
        Hyperactive hyper = Engines.quietBuilder().processes(2).build();
        hyper.addSearch(objective, SPACE, 1_000_000, Engines.random(1).nJobs(2)
                .memory(dev.hyperactive.api.MemoryMode.OFF).build());

        SearchFailedException e = assertThrows(SearchFailedException.class, hyper::run);
        assertEquals(0, e.job());
        assertTrue(hyper.searchData(objective).size() < 1_000_000);
    }

    @Test
    void callbacksRunAroundObjective() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Objective objective = p -> {
            events.add("objective " + p.getInt("x"));
            return 0;
        };
        run(objective, 2, Engines.scripted()
                .callbacksBefore(p -> events.add("before " + p.getInt("x") + " iteration " + p.iteration()
                        + " job " + p.job()))
                .callbacksAfter(p -> events.add("after " + p.getInt("x"))).build());

        assertEquals(List.of("before 1 iteration 0 job 0", "objective 1", "after 1",
                "before 2 iteration 1 job 0", "objective 2", "after 2"), events);
    }

    @Test
    void callbackExceptionCaughtLikeObjective() {
        AtomicInteger objectiveCalls = new AtomicInteger();
        Objective objective = p -> objectiveCalls.incrementAndGet();
        Hyperactive hyper = run(objective, 2, Engines.scripted()
                .callbacksBefore(p -> {
                    throw new IllegalStateException("before fails");
                })
                .catchException(IllegalStateException.class, Double.NaN).build());

        assertEquals(0, objectiveCalls.get());
        assertTrue(Double.isNaN((Double) hyper.searchData(objective).get(1, "score")));
    }

    @Test
    void callbackExceptionUncaughtStopsRun() {
        Objective objective = p -> 1;
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(objective, SPACE, 3, Engines.scripted().callbacksAfter(p -> {
            throw new IllegalStateException("after fails");
        }).build());

        SearchFailedException e = assertThrows(SearchFailedException.class, hyper::run);
        assertEquals("after fails", e.getCause().getMessage());
        assertEquals(0, e.iteration());
    }

    @Test
    void passThroughIsSameMutableMap() {
        Map<String, Object> passThrough = new HashMap<>();
        passThrough.put("count", 0);
        List<Map<String, Object>> seen = Collections.synchronizedList(new ArrayList<>());
        Objective objective = p -> {
            seen.add(p.passThrough());
            p.passThrough().merge("count", 1, (a, b) -> (Integer) a + (Integer) b);
            return 0;
        };
        Hyperactive hyper = Engines.quietBuilder().processes(1).build();
        hyper.addSearch(objective, SPACE, 5, Engines.random(2).nJobs(2).passThrough(passThrough)
                .memory(dev.hyperactive.api.MemoryMode.OFF).build());
        hyper.run();

        assertEquals(10, passThrough.get("count"));
        assertEquals(10, seen.size());
        seen.forEach(map -> assertSame(passThrough, map));
    }

    @Test
    void parametersKeepTypes() {
        SearchSpace mixed = SearchSpace.builder().integers("i", 1, 3, 1).doubles("d", 0, 1, 0.5)
                .longs("l", 5, 6, 1).categorical("c", "a", "b").build();
        List<Object> values = new ArrayList<>();
        Objective objective = p -> {
            values.add(p.get("i"));
            values.add(p.get("d"));
            values.add(p.get("l"));
            values.add(p.get("c"));
            assertEquals(List.of("i", "d", "l", "c"), List.copyOf(p.asMap().keySet()));
            return 0;
        };
        Hyperactive hyper = Engines.quiet(new ScriptedProvider(new int[] {2, 1, 1, 1}));
        hyper.addSearch(objective, mixed, 1, Engines.scripted().build());
        hyper.run();

        assertEquals(List.of(3, 0.5, 6L, "b"), values);
    }

    @Test
    void extraOutputNamedLikeColumnRejected() {
        for (String name : List.of("score", "x", "job", "iteration", "eval_time", "iter_time")) {
            Objective objective = p -> {
                p.record(name, 1);
                return 0;
            };
            Hyperactive hyper = Engines.quiet(scripted);
            hyper.addSearch(objective, SPACE, 1, Engines.scripted().build());

            SearchFailedException e = assertThrows(SearchFailedException.class, hyper::run);
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertEquals("extra output '" + name + "' has the name of a search-data column; rename it",
                    e.getCause().getMessage());
        }
    }

    @Test
    void proposalOutsideSpaceFailsSearch() {
        Objective objective = p -> p.getInt("x");
        Hyperactive hyper = Engines.quiet(new ScriptedProvider(new int[] {3}, new int[] {11}));
        hyper.addSearch(objective, SPACE, 2, Engines.scripted().build());

        SearchFailedException e = assertThrows(SearchFailedException.class, hyper::run);

        assertEquals("optimizer scripted proposed a position outside the search space: [11]", e.getMessage());
        assertEquals(List.of(3), hyper.searchData(objective).column("x"));
    }

    @Test
    void proposalOfWrongLengthFailsSearch() {
        Objective objective = p -> p.getInt("x");
        Hyperactive hyper = Engines.quiet(new ScriptedProvider(new int[] {3, 4}));
        hyper.addSearch(objective, SPACE, 2, Engines.scripted().build());

        SearchFailedException e = assertThrows(SearchFailedException.class, hyper::run);

        assertEquals("optimizer scripted proposed a position of 2 indices for a search space of 1 dimension: [3, 4]",
                e.getMessage());
    }
}
