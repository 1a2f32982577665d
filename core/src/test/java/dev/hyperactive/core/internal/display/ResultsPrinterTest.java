package dev.hyperactive.core.internal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.core.JobResult;
import dev.hyperactive.core.Verbosity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResultsPrinterTest {

    private static final Set<Verbosity> ALL = EnumSet.allOf(Verbosity.class);

    private static JobResult result(double bestScore, Map<String, Object> parameters, Map<String, Object> extras,
            int iterations, double evalSeconds, double totalSeconds) {
        return new JobResult(0, "sphere", "hill_climbing", "Hill Climbing", 1L, bestScore, parameters, extras,
                Double.isNaN(bestScore) ? -1 : 41, iterations, iterations, evalSeconds, totalSeconds);
    }

    private static JobResult fullResult() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("x0", 0.1);
        parameters.put("x1", 3);
        parameters.put("kernel", "rbf");
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("a_metric", 0.5);
        extras.put("longer_extra", 12L);
        return result(-0.4567, parameters, extras, 100, 0.038, 0.0424);
    }

    private static String print(JobResult result, Set<Verbosity> verbosity) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultsPrinter.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), result, verbosity);
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void fullBlockText() {
        String expected = "\n"
                + "Results: 'sphere'\n"
                + "   Best score: -0.4567\n"
                + "   Best additional results:\n"
                + "      'a_metric'     : 0.5\n"
                + "      'longer_extra' : 12\n"
                + "   Best parameter set:\n"
                + "      'x0'     : 0.1\n"
                + "      'x1'     : 3\n"
                + "      'kernel' : rbf\n"
                + "   Best iteration: 41\n"
                + "\n"
                + "   Random seed: 1\n"
                + "\n"
                + "   Evaluation time   : 0.038 sec    [89.62 %]\n"
                + "   Optimization time : 0.0044 sec    [10.38 %]\n"
                + "   Iteration time    : 0.0424 sec    [2358.49 iter/sec]\n"
                + "\n";

        assertEquals(expected, print(fullResult(), ALL));
    }

    @Test
    void noLineEndsInSpace() {
        for (String line : print(fullResult(), ALL).split("\n")) {
            assertFalse(line.endsWith(" "), "'" + line + "'");
        }
    }

    @Test
    void withoutExtrasNoExtrasHeading() {
        String text = print(result(2.0, Map.of("x", 1), Map.of(), 10, 1, 2), EnumSet.of(Verbosity.PRINT_RESULTS));

        assertFalse(text.contains("Best additional results"));
        assertTrue(text.contains("   Best score: 2.0\n   Best parameter set:\n      'x' : 1\n"));
    }

    @Test
    void resultsOnlyHasNoTimes() {
        String text = print(fullResult(), EnumSet.of(Verbosity.PRINT_RESULTS));

        assertTrue(text.contains("Best score: -0.4567"));
        assertTrue(text.endsWith("   Random seed: 1\n\n"));
        assertFalse(text.contains("time"));
    }

    @Test
    void timesOnlyHasNoResults() {
        String expected = "\n"
                + "Results: 'sphere'\n"
                + "\n"
                + "   Evaluation time   : 0.038 sec    [89.62 %]\n"
                + "   Optimization time : 0.0044 sec    [10.38 %]\n"
                + "   Iteration time    : 0.0424 sec    [2358.49 iter/sec]\n"
                + "\n";

        assertEquals(expected, print(fullResult(), EnumSet.of(Verbosity.PRINT_TIMES)));
    }

    @Test
    void progressBarOnlyPrintsNothing() {
        assertEquals("", print(fullResult(), EnumSet.of(Verbosity.PROGRESS_BAR)));
        assertEquals("", print(fullResult(), EnumSet.noneOf(Verbosity.class)));
    }

    @Test
    void noFiniteScoreLine() {
        JobResult result = new JobResult(2, "f", "random_search", "Random Search", 7L, Double.NaN, Map.of(),
                Map.of(), -1, 30, 25, 1.0, 2.0);

        String text = print(result, EnumSet.of(Verbosity.PRINT_RESULTS));

        assertEquals("\nResults: 'f'\n   Best score: no finite score in 25 evaluations\n\n   Random seed: 7\n\n", text);
    }

    @Test
    void slowJobShowsSecondsPerIteration() {
        String text = print(result(1.0, Map.of("x", 1), Map.of(), 4, 9.5, 10.0), ALL);

        assertTrue(text.contains("   Iteration time    : 10 sec    [2.5 sec/iter]\n"), text);
        assertTrue(text.contains("   Evaluation time   : 9.5 sec    [95 %]\n"), text);
        assertTrue(text.contains("   Optimization time : 0.5 sec    [5 %]\n"), text);
    }

    @Test
    void rateUsesIterationsRun() {
        String text = print(result(1.0, Map.of("x", 1), Map.of(), 30, 0.5, 1.0), ALL);

        assertTrue(text.contains("[30 iter/sec]"), text);
    }

    @Test
    void zeroTimesHaveNoRate() {
        String text = print(result(1.0, Map.of("x", 1), Map.of(), 3, 0, 0), ALL);

        assertTrue(text.contains("   Evaluation time   : 0 sec    [0 %]\n"), text);
        assertTrue(text.contains("   Iteration time    : 0 sec\n"), text);
    }

    @Test
    void evaluationLongerThanTotalClampsOptimization() {
        String text = print(result(1.0, Map.of("x", 1), Map.of(), 3, 1.001, 1.0), ALL);

        assertTrue(text.contains("   Optimization time : 0 sec    [0 %]\n"), text);
    }

    @Test
    void objectValuesPrintByLabel() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("type", String.class);
        parameters.put("sizes", new int[] {1, 2});
        parameters.put("unit", Verbosity.PRINT_TIMES);

        String text = print(result(1.0, parameters, Map.of(), 1, 0, 1), EnumSet.of(Verbosity.PRINT_RESULTS));

        assertTrue(text.contains("      'type'  : String\n"), text);
        assertTrue(text.contains("      'sizes' : [1, 2]\n"), text);
        assertTrue(text.contains("      'unit'  : PRINT_TIMES\n"), text);
    }
}
