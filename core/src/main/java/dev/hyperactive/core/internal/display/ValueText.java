package dev.hyperactive.core.internal.display;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Text forms of values for people and files: the label of a parameter value and compact numbers.
 *
 * <p>{@link #label(Object)} follows the default labels of categorical dimensions, so a value written
 * by its label can be found again with {@code Dimension.exactIndexOf}. The api module keeps those
 * rules package-private, so they are repeated here, and a test compares both for each kind of value.
 */
public final class ValueText {

    private ValueText() {
    }

    /**
     * Returns the label of a value: the text of a string, number, boolean or character, the name of an
     * enum constant, the simple name of a class, the elements of an array, and {@code toString()}
     * otherwise. A {@code null} value gives {@code "null"}.
     */
    public static String label(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Enum<?>) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof Class<?>) {
            return ((Class<?>) value).getSimpleName();
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            Object[] boxed = new Object[length];
            for (int i = 0; i < length; i++) {
                boxed[i] = Array.get(value, i);
            }
            return Arrays.deepToString(boxed);
        }
        return String.valueOf(value);
    }

    /**
     * Returns {@code value} rounded half-even to {@code decimals} places, without trailing zeros and
     * never in exponent notation: {@code 89.5949} to 2 places is {@code "89.59"}, 100.0 is
     * {@code "100"}. Non-finite values give {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"}.
     */
    public static String rounded(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
        return plain(decimal);
    }

    /**
     * Returns {@code value} rounded to {@code digits} significant digits, without trailing zeros and
     * never in exponent notation: 0.0380123 to 4 digits is {@code "0.03801"} and 61.23456 is
     * {@code "61.23"}.
     */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return plain(decimal);
    }

    /**
     * Returns {@code value} with at most 6 significant digits, for narrow displays: plain between
     * 1e-4 and 1e7 ({@code "-0.0333333"}), in exponent notation outside ({@code "1.23457E-9"}).
     */
    public static String compact(double value) {
        double magnitude = Math.abs(value);
        if (!Double.isFinite(value) || magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e7)) {
            return significant(value, 6);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).round(new MathContext(6, RoundingMode.HALF_EVEN));
        return decimal.stripTrailingZeros().toString();
    }

    private static String plain(BigDecimal decimal) {
        if (decimal.signum() == 0) {
            return "0";
        }
        return decimal.stripTrailingZeros().toPlainString();
    }
}
