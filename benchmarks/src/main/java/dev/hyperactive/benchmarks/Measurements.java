package dev.hyperactive.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** The JMH results of a session, looked up by benchmark class and parameters. */
final class Measurements {

    /**
     * The summary of one benchmark with one parameter set over all its measured iterations (or runs,
     * for single-shot benchmarks) and forks.
     *
     * @param median the median, in {@code unit}
     * @param min the smallest value
     * @param max the largest value
     * @param count the number of measured iterations or runs
     * @param unit the unit, such as {@code ns/op} or {@code ms/op}
     */
    record Measurement(double median, double min, double max, long count, String unit) {

        /** Returns {@code "median (min-max)"}. */
        String cell() {
            return MarkdownTable.figure(median) + " (" + MarkdownTable.figure(min) + "-" + MarkdownTable.figure(max)
                    + ")";
        }
    }

    private final Map<String, Measurement> byKey = new HashMap<>();

    /** Adds the results of one JMH run. */
    void addAll(Collection<RunResult> results) {
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String benchmark = params.getBenchmark();
            String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
            Map<String, String> values = new TreeMap<>();
            for (String key : params.getParamsKeys()) {
                values.put(key, params.getParam(key));
            }

            Result<?> primary = result.getPrimaryResult();
            Statistics statistics = primary.getStatistics();
            byKey.put(key(className.substring(className.lastIndexOf('.') + 1), values),
                    new Measurement(statistics.getPercentile(50), statistics.getMin(), statistics.getMax(),
                            statistics.getN(), primary.getScoreUnit()));
        }
    }

    /**
     * Returns the measurement of {@code benchmark} with the parameters {@code keysAndValues} (key,
     * value, key, value, ...), which must name every parameter of the benchmark.
     */
    Optional<Measurement> get(Class<?> benchmark, String... keysAndValues) {
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Optional.ofNullable(byKey.get(key(benchmark.getSimpleName(), values)));
    }

    private static String key(String benchmark, Map<String, String> values) {
        return benchmark + values;
    }
}
