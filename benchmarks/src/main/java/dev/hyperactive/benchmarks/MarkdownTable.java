package dev.hyperactive.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A markdown table built row by row, and the number format of the benchmark tables. */
final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException if it does not have one cell per column
     */
    MarkdownTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row needs " + header.size() + " cells: " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Returns the table as markdown lines, each ending with a line feed. */
    String render() {
        StringBuilder text = new StringBuilder();
        line(text, header);
        text.append('|');
        for (int c = 0; c < header.size(); c++) {
            text.append("---|");
        }
        text.append('\n');
        for (List<String> row : rows) {
            line(text, row);
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells) {
        text.append('|');
        for (String cell : cells) {
            text.append(' ').append(cell).append(" |");
        }
        text.append('\n');
    }

    /** Formats a measured figure with three significant digits, or "-" for NaN. */
    static String figure(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
