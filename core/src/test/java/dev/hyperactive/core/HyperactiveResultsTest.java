package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.MemoryMode;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.testing.Engines;
import dev.hyperactive.core.testing.FakeTicker;
import dev.hyperactive.core.testing.ScriptedProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HyperactiveResultsTest {

    private static final SearchSpace SPACE = SearchSpace.builder().integers("x", 0, 10, 1).build();

    private final ScriptedProvider scripted = new ScriptedProvider(new int[] {0}, new int[] {1}, new int[] {2},
            new int[] {3}, new int[] {4});

    @Test
    void bestIsFiniteOnly() {
        Objective objective = p -> switch (p.getInt("x")) {
            case 0 -> Double.POSITIVE_INFINITY;
            case 1 -> Double.NaN;
            default -> -p.getInt("x");
        };
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(objective, SPACE, 4, Engines.scripted().build());
        hyper.run();

        assertEquals(-2.0, hyper.bestScore(objective));
        assertEquals(Map.of("x", 2), hyper.bestParameters(objective));
        assertEquals(2, hyper.result(objective).bestIteration());
        List<Object> scores = hyper.searchData(objective).column("score");
        assertEquals(Double.POSITIVE_INFINITY, scores.get(0));
        assertTrue(Double.isNaN((Double) scores.get(1)));
    }

    @Test
    void allNaNGivesNaNAndNoThrow() {
        Objective objective = p -> Double.NaN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Hyperactive hyper = Engines.quietBuilder(scripted).verbosity(Verbosity.PRINT_RESULTS)
                .output(new PrintStream(out, true)).build();
        hyper.addSearch(objective, SPACE, 3, Engines.scripted().build());
        assertDoesNotThrow(hyper::run);

        assertTrue(Double.isNaN(hyper.bestScore(objective)));
        assertEquals(Map.of(), hyper.bestParameters(objective));
        SearchResult result = hyper.result(objective);
        assertEquals(-1, result.bestJob());
        assertEquals(-1, result.bestIteration());
        assertEquals(-1, result.jobs().get(0).bestIteration());
        assertEquals(3, hyper.searchData(objective).size());
    }

    @Test
    void earliestOfEqualScoresWins() {
        Objective objective = p -> p.getInt("x") >= 2 ? 1 : 0;
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(objective, SPACE, 5, Engines.scripted().build());
        hyper.run();

        assertEquals(2, hyper.result(objective).bestIteration());
        assertEquals(Map.of("x", 2), hyper.bestParameters(objective));
    }

    @Test
    void columnsInOrderWithTypes() {
        SearchSpace mixed = SearchSpace.builder().integers("i", 0, 4, 1).doubles("d", 0, 1, 0.25)
                .categorical("c", "a", "b").build();
        Objective objective = p -> {
            p.record("b", "text");
            if (p.iteration() == 1) {
                p.record("a", 1.5);
            }
            return p.getInt("i");
        };
        ScriptedProvider twoPoints = new ScriptedProvider(new int[] {1, 2, 1}, new int[] {4, 0, 0});
        Hyperactive hyper = Engines.quietBuilder(twoPoints).ticker(new FakeTicker(1_000)).build();
        hyper.addSearch(objective, mixed, 2, Engines.scripted().build());
        hyper.run();

        SearchData data = hyper.searchData(objective);
        assertEquals(List.of("i", "d", "c", "score", "b", "a", "job", "iteration"), data.columns());
        assertEquals(Map.of("i", 1, "d", 0.5, "c", "b", "score", 1.0, "b", "text", "job", 0, "iteration", 0),
                withoutNulls(data.row(0)));
        assertNull(data.get(0, "a"));
        assertEquals(1.5, data.get(1, "a"));
        assertEquals(Integer.class, data.get(1, "i").getClass());
        assertEquals(Double.class, data.get(1, "d").getClass());
        assertEquals(Integer.class, data.get(1, "iteration").getClass());

        SearchData timed = hyper.searchData(objective, true);
        assertEquals(List.of("i", "d", "c", "score", "b", "a", "job", "iteration", "eval_time", "iter_time"),
                timed.columns());
        for (int row = 0; row < 2; row++) {
            double eval = (Double) timed.get(row, "eval_time");
            double iter = (Double) timed.get(row, "iter_time");
            assertTrue(eval > 0, "row " + row + " eval_time " + eval);
            assertTrue(iter > eval, "row " + row + ": iter_time " + iter + " <= eval_time " + eval);
        }
        assertEquals(List.of("b", "a"), List.copyOf(hyper.result(objective).jobs().get(0).bestExtras().keySet()));
        assertEquals(1.5, hyper.result(objective).jobs().get(0).bestExtras().get("a"));
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }

    @Test
    void jobsConcatenateInJobOrder() {
        Objective objective = p -> p.getInt("x");
        Hyperactive hyper = Engines.quietBuilder().processes(2).build();
        hyper.addSearch(objective, SPACE, 3, Engines.random(9).nJobs(2).build());
        hyper.run();

        SearchData data = hyper.searchData(objective);
        assertEquals(List.of(0, 0, 0, 1, 1, 1), data.column("job"));
        assertEquals(List.of(0, 1, 2, 0, 1, 2), data.column("iteration"));
        SearchResult result = hyper.result(objective);
        assertEquals(2, result.jobs().size());
        assertEquals(Seeds.forJob(9, 1), result.jobs().get(1).seed());
    }

    @Test
    void searchesOfOneObjectiveMerge() {
        Objective first = p -> p.getInt("x");
        Objective second = p -> -p.getInt("x");
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(first, SPACE, 2, Engines.scripted().build());
        hyper.addSearch(second, SPACE, 2, Engines.scripted().build());
        hyper.addSearch(first, SPACE, 3, Engines.scripted().build());
        hyper.run();

        assertEquals(5, hyper.searchData(first).size());
        assertEquals(List.of(0, 1, 0, 1, 2), hyper.searchData(first).column("x"));
        List<SearchResult> results = hyper.results();
        assertEquals(2, results.size());
        assertEquals(2.0, results.get(0).bestScore());
        assertEquals(0.0, results.get(1).bestScore());
        assertEquals(2, results.get(0).jobs().size());
    }

    @Test
    void unknownObjectiveRejected() {
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(p -> 0, SPACE, 1, Engines.scripted().build());
        hyper.run();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> hyper.bestScore(p -> 1));
        assertEquals("unknown objective: it was never added with addSearch", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> hyper.searchData(p -> 1));
        assertThrows(IllegalArgumentException.class, () -> hyper.bestParameters(p -> 1));
    }

    @Test
    void resultsBeforeRunRejected() {
        Objective objective = p -> 0;
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(objective, SPACE, 1, Engines.scripted().build());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> hyper.bestScore(objective));
        assertEquals("results are available after run()", e.getMessage());
    }

    @Test
    void secondRunRejected() {
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(p -> 0, SPACE, 1, Engines.scripted().build());
        hyper.run();

        IllegalStateException e = assertThrows(IllegalStateException.class, hyper::run);
        assertEquals("run() may be called only once", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> hyper.addSearch(p -> 0, SPACE, 1));
        assertEquals("searches must be added before run()", e.getMessage());
    }

    @Test
    void jobResultCountsEvaluations() {
        Objective objective = p -> p.getInt("x");
        ScriptedProvider repeating = new ScriptedProvider(new int[] {1}, new int[] {1}, new int[] {2});
        Hyperactive hyper = Engines.quietBuilder(repeating).ticker(new FakeTicker(1_000_000)).build();
        hyper.addSearch(objective, SPACE, 3, Engines.scripted().memory(MemoryMode.SHARED).randomState(77).build());
        hyper.run();

        JobResult job = hyper.result(objective).jobs().get(0);
        assertEquals(3, job.iterations());
        assertEquals(2, job.evaluations());
        assertEquals(77L, job.seed());
        assertEquals("scripted", job.optimizer());
        assertEquals("Scripted", job.optimizerDisplayName());
        assertTrue(job.evalSeconds() > 0, "eval seconds " + job.evalSeconds());
        assertTrue(job.totalSeconds() > job.evalSeconds(), job.totalSeconds() + " <= " + job.evalSeconds());
    }
}
