package dev.hyperactive.cli;

import java.io.PrintStream;
import java.util.List;

/** Prints rows of text as left-aligned columns separated by two spaces. */
final class Table {

    private Table() {
    }

    /** Prints {@code rows}, the first of which is the header; the last column is not padded. */
    static void print(PrintStream out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }

        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(row[c]);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - row[c].length() + 2));
                }
            }
            out.println(line);
        }
    }
}
