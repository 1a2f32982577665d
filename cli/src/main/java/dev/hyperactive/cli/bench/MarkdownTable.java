package dev.hyperactive.cli.bench;

import java.util.ArrayList;
import java.util.List;

/** A markdown table built row by row. */
final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException if it does not have one cell per column
     */
    void row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("a row needs " + header.size() + " cells: " + cells.size());
        }
        rows.add(List.copyOf(cells));
    }

    /** Returns the table as markdown lines, each ending with a line feed. */
    String render() {
        StringBuilder text = new StringBuilder();
        line(text, header);
        text.append("|---".repeat(header.size())).append("|\n");
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
}
