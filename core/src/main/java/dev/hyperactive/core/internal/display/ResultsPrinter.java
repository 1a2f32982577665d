package dev.hyperactive.core.internal.display;

import dev.hyperactive.core.JobResult;
import dev.hyperactive.core.Verbosity;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints the results block of a job, laid out like Hyperactive's:
 *
 * <pre>{@code
 *
 * Results: 'sphere'
 *    Best score: -0.02
 *    Best parameter set:
 *       'x0' : 0.1
 *       'x1' : -0.1
 *    Best iteration: 41
 *
 *    Random seed: 1
 *
 *    Evaluation time   : 0.038 sec    [89.62 %]
 *    Optimization time : 0.0044 sec    [10.38 %]
 *    Iteration time    : 0.0424 sec    [2358.49 iter/sec]
 *
 * }</pre>
 *
 * <p>Unlike Hyperactive, the best iteration is the real one, the iteration rate divides the iterations
 * actually run (an early-stopped job does not overstate it), a job without a finite score prints
 * "no finite score in N evaluations" instead of nothing, and no line ends in spaces. Times are
 * rounded to 4 significant digits, percentages and rates to 2 decimals.
 */
public final class ResultsPrinter {

    private static final String INDENT = "   ";

    private ResultsPrinter() {
    }

    /**
     * Prints the results block of {@code result} as {@code verbosity} selects: the best score,
     * extra outputs, parameters, iteration and seed with {@link Verbosity#PRINT_RESULTS}, and the
     * times with {@link Verbosity#PRINT_TIMES}. Prints nothing when neither is selected.
     */
    public static void print(PrintStream out, JobResult result, Set<Verbosity> verbosity) {
        boolean results = verbosity.contains(Verbosity.PRINT_RESULTS);
        boolean times = verbosity.contains(Verbosity.PRINT_TIMES);
        if (!results && !times) {
            return;
        }

        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Results: '" + result.searchId() + "'");
        if (results) {
            addResults(lines, result);
        }
        if (times) {
            lines.add("");
            addTimes(lines, result);
        }
        lines.add("");

        // One print call per block, so blocks of jobs printed from different threads stay whole.
        out.print(String.join(System.lineSeparator(), lines) + System.lineSeparator());
        out.flush();
    }

    private static void addResults(List<String> lines, JobResult result) {
        if (result.hasFiniteScore()) {
            lines.add(INDENT + "Best score: " + valueText(result.bestScore()));
            if (!result.bestExtras().isEmpty()) {
                lines.add(INDENT + "Best additional results:");
                addAligned(lines, result.bestExtras());
            }
            lines.add(INDENT + "Best parameter set:");
            addAligned(lines, result.bestParameters());
            lines.add(INDENT + "Best iteration: " + result.bestIteration());
        } else {
            lines.add(INDENT + "Best score: no finite score in " + result.evaluations() + " evaluations");
        }
        lines.add("");
        lines.add(INDENT + "Random seed: " + result.seed());
    }

    /** Adds one line per entry, with the keys quoted and padded so that the colons line up. */
    private static void addAligned(List<String> lines, Map<String, Object> values) {
        int width = 0;
        for (String key : values.keySet()) {
            width = Math.max(width, key.length());
        }
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String key = entry.getKey();
            lines.add(INDENT + INDENT + "'" + key + "'" + " ".repeat(width - key.length()) + " : "
                    + valueText(entry.getValue()));
        }
    }

    private static void addTimes(List<String> lines, JobResult result) {
        double total = result.totalSeconds();
        double eval = result.evalSeconds();
        // The engine measures both times separately, so the evaluation time may exceed the total slightly.
        double optimization = Math.max(0, total - eval);

        lines.add(INDENT + "Evaluation time   : " + seconds(eval) + "    [" + percent(eval, total) + " %]");
        lines.add(INDENT + "Optimization time : " + seconds(optimization) + "    ["
                + percent(optimization, total) + " %]");
        lines.add(INDENT + "Iteration time    : " + seconds(total) + rate(result.iterations(), total));
    }

    private static String seconds(double seconds) {
        return ValueText.significant(seconds, 4) + " sec";
    }

    /** Returns the share in percent, or 0 when the total is 0 (a job too short for the clock). */
    private static String percent(double part, double total) {
        return ValueText.rounded(total > 0 ? 100 * part / total : 0, 2);
    }

    /** Returns the bracketed rate, in iterations per second, or seconds per iteration below 1. */
    private static String rate(int iterations, double total) {
        if (iterations == 0 || !(total > 0)) {
            return "";
        }
        double perSecond = iterations / total;
        if (perSecond >= 1) {
            return "    [" + ValueText.rounded(perSecond, 2) + " iter/sec]";
        }
        return "    [" + ValueText.rounded(total / iterations, 2) + " sec/iter]";
    }

    /** Returns integers as integers, doubles as {@link Double#toString(double)} and objects by label. */
    private static String valueText(Object value) {
        return ValueText.label(value);
    }
}
