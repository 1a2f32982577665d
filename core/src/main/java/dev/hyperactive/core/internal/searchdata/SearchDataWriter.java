package dev.hyperactive.core.internal.searchdata;

import dev.hyperactive.api.Dimension;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.internal.display.ValueText;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Writes search data to a CSV or JSON Lines file, turning every cell into {@code null}, a number, a
 * boolean or a string first. The public entry point is {@code SearchDataFiles.write}.
 */
public final class SearchDataWriter {

    private SearchDataWriter() {
    }

    /**
     * Writes {@code data} to {@code file}, replacing its content. With a {@code space}, the values of
     * its categorical dimensions are written by their dimension labels. Without one (null), objects
     * other than numbers, strings and booleans are written by {@link ValueText#label(Object)}.
     *
     * @throws IllegalArgumentException if the file name ends in neither {@code .csv} nor {@code .jsonl}
     * @throws IOException if the file cannot be written
     */
    public static void write(SearchData data, SearchSpace space, Path file) throws IOException {
        Objects.requireNonNull(data, "data");
        FileFormat format = FileFormat.of(file);
        List<String> columns = data.columns();
        Dimension[] labelled = labelledDimensions(columns, space);
        List<List<Object>> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            values.add(data.column(column));
        }

        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                RowWriter writer = format.open(out, columns)) {
            writer.writeHeader();
            Object[] cells = new Object[columns.size()];
            for (int row = 0; row < data.size(); row++) {
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = fileCell(values.get(c).get(row), labelled[c]);
                }
                writer.writeRow(cells);
            }
        }
    }

    /** Returns, per column, the categorical dimension whose labels it is written with, or null. */
    private static Dimension[] labelledDimensions(List<String> columns, SearchSpace space) {
        Dimension[] labelled = new Dimension[columns.size()];
        if (space == null) {
            return labelled;
        }
        for (int c = 0; c < labelled.length; c++) {
            if (space.contains(columns.get(c)) && !space.dimension(columns.get(c)).isNumeric()) {
                labelled[c] = space.dimension(columns.get(c));
            }
        }
        return labelled;
    }

    /**
     * Returns what a cell is written as: {@code null}, a number, a boolean or a string. A value of
     * {@code dimension} is written by its label unless it is a plain number, string or boolean whose
     * label is its own text, so that such values keep their type.
     */
    private static Object fileCell(Object value, Dimension dimension) {
        if (value == null) {
            return null;
        }
        boolean plain = value instanceof Number || value instanceof String || value instanceof Boolean;
        if (dimension != null) {
            OptionalInt index = dimension.exactIndexOf(value);
            if (index.isPresent()) {
                String label = dimension.label(index.getAsInt());
                return plain && label.equals(ValueText.label(value)) ? value : label;
            }
        }
        return plain ? value : ValueText.label(value);
    }
}
