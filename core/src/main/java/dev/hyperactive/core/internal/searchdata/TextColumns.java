package dev.hyperactive.core.internal.searchdata;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Typed columns from text cells, the inverse of writing values as text: what a CSV column or a JSON
 * string held before it was written.
 */
final class TextColumns {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private TextColumns() {
    }

    /**
     * Returns the values of one column of text cells, all of one type: {@code Integer} when every
     * cell is an integer without a decimal point and fits an int, else {@code Long} when every such
     * integer fits a long; {@code Double} when every cell is a decimal number, NaN or an infinity;
     * {@code Boolean} when every cell is {@code true} or {@code false} in any case; the text itself
     * otherwise. {@code null} cells stay {@code null} and do not count.
     */
    static Object[] parse(String[] texts) {
        boolean integers = true;
        boolean decimals = true;
        boolean booleans = true;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            boolean integer = INTEGER.matcher(text).matches();
            integers &= integer;
            decimals &= integer || DECIMAL.matcher(text).matches() || nonFinite(text) != null;
            booleans &= "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text);
        }

        if (integers) {
            Object[] values = integerValues(texts);
            if (values != null) {
                return values;
            }
        }
        Object[] values = new Object[texts.length];
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            if (text == null) {
                values[i] = null;
            } else if (decimals) {
                Double special = nonFinite(text);
                values[i] = special != null ? special : Double.valueOf(text);
            } else if (booleans) {
                values[i] = Boolean.valueOf(text);
            } else {
                values[i] = text;
            }
        }
        return values;
    }

    /**
     * Returns {@code cells} with the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}
     * (and the spellings {@link #nonFinite} accepts) turned into doubles, when every other non-null
     * cell is a number. Otherwise returns {@code cells} unchanged, so a column of labels keeps a label
     * that reads "NaN".
     */
    static Object[] nonFiniteStringsToDoubles(Object[] cells) {
        boolean any = false;
        for (Object cell : cells) {
            if (cell instanceof String && nonFinite((String) cell) != null) {
                any = true;
            } else if (cell != null && !(cell instanceof Number)) {
                return cells;
            }
        }
        if (!any) {
            return cells;
        }
        Object[] converted = cells.clone();
        for (int i = 0; i < converted.length; i++) {
            if (converted[i] instanceof String) {
                converted[i] = nonFinite((String) converted[i]);
            }
        }
        return converted;
    }

    /**
     * Returns {@code cells} with every {@code Integer} turned into a {@code Long} when some cell is a
     * {@code Long}, so that a column of longs does not read back as a mix of types. Otherwise returns
     * {@code cells} unchanged.
     */
    static Object[] widenIntegers(Object[] cells) {
        boolean anyLong = false;
        for (Object cell : cells) {
            anyLong |= cell instanceof Long;
        }
        if (!anyLong) {
            return cells;
        }
        Object[] widened = cells.clone();
        for (int i = 0; i < widened.length; i++) {
            if (widened[i] instanceof Integer) {
                widened[i] = ((Integer) widened[i]).longValue();
            }
        }
        return widened;
    }

    /** Returns all cells as Integers, else all as Longs, or null when one does not fit a long. */
    private static Object[] integerValues(String[] texts) {
        Object[] values = new Object[texts.length];
        boolean fitsInt = true;
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] == null) {
                continue;
            }
            try {
                long value = Long.parseLong(texts[i]);
                values[i] = value;
                fitsInt &= value == (int) value;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (fitsInt) {
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i] == null ? null : ((Long) values[i]).intValue();
            }
        }
        return values;
    }

    /**
     * Returns the double that {@code text} names when it is NaN or an infinity, as Java
     * ({@code NaN}, {@code Infinity}) or Python and pandas ({@code nan}, {@code inf}) write them, in
     * any case and with an optional sign; otherwise null.
     */
    static Double nonFinite(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "nan":
            case "+nan":
            case "-nan":
                return Double.NaN;
            case "infinity":
            case "+infinity":
            case "inf":
            case "+inf":
                return Double.POSITIVE_INFINITY;
            case "-infinity":
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return null;
        }
    }
}
