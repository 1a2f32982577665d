package dev.hyperactive.cli.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The median and the first and third quartile of a sample, by linear interpolation between the
 * closest ranks (numpy's default {@code percentile} method), so that our tables compare with tables
 * made with numpy.
 *
 * @param q1 the 25th percentile
 * @param median the 50th percentile
 * @param q3 the 75th percentile
 * @param count the number of values the quartiles were computed from
 */
record Quartiles(double q1, double median, double q3, int count) {

    /** Returns the quartiles of the finite values of {@code values}; all NaN when there are none. */
    static Quartiles of(double[] values) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            return new Quartiles(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new Quartiles(percentile(sorted, 25), percentile(sorted, 50), percentile(sorted, 75), sorted.length);
    }

    private static double percentile(double[] sorted, double percent) {
        double rank = percent / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    /** Returns {@code "median [Q1, Q3]"}, or {@code "failed"} when no value was finite. */
    String cell() {
        if (count == 0) {
            return "failed";
        }
        return format(median) + " [" + format(q1) + ", " + format(q3) + "]";
    }

    /**
     * Formats a loss with three significant digits and without trailing zeros: {@code 0}, {@code 0.0105},
     * {@code 8.38}, {@code 6.28e+03}.
     */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (value == 0) {
            return "0";
        }
        String text = String.format(Locale.ROOT, "%.3g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
    }
}
