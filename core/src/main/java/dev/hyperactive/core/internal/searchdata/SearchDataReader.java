package dev.hyperactive.core.internal.searchdata;

import dev.hyperactive.api.Dimension;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Reads search data from a CSV or JSON Lines file, optionally mapping the parameter columns back to
 * the values of a search space. The public entry points are {@code SearchDataFiles.read}.
 */
public final class SearchDataReader {

    private SearchDataReader() {
    }

    /**
     * Reads search data from {@code file} in the format its extension names.
     *
     * @throws IllegalArgumentException if the file name ends in neither {@code .csv} nor {@code .jsonl}
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws IOException if the file cannot be read, is not valid UTF-8 or its content is malformed
     */
    public static SearchData read(Path file) throws IOException {
        FileFormat format = FileFormat.of(file);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.read(reader, file);
        } catch (CharacterCodingException e) {
            throw new IOException("search-data file " + file + " is not valid UTF-8", e);
        }
    }

    /**
     * Reads search data from {@code file} and maps each column of a parameter of {@code space} to the
     * dimension's values: a cell equal to a value or label becomes that value, an off-grid number
     * takes the dimension's type where that loses nothing, and any other cell stays as read.
     *
     * @throws IllegalArgumentException if the file name ends in neither {@code .csv} nor {@code .jsonl},
     *     or the file has no column for a parameter of {@code space}
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws IOException if the file cannot be read or its content is malformed
     */
    public static SearchData read(Path file, SearchSpace space) throws IOException {
        Objects.requireNonNull(space, "space");
        SearchData data = read(file);
        for (String name : space.names()) {
            if (!data.hasColumn(name)) {
                throw new IllegalArgumentException("search-data file " + file + " has no column for parameter '"
                        + name + "'; its columns are " + data.columns());
            }
        }

        List<Object[]> columns = new ArrayList<>(data.columns().size());
        for (String column : data.columns()) {
            Object[] cells = data.column(column).toArray();
            if (space.contains(column)) {
                Dimension dimension = space.dimension(column);
                for (int row = 0; row < cells.length; row++) {
                    cells[row] = toDimensionValue(dimension, cells[row]);
                }
            }
            columns.add(cells);
        }
        return SearchData.ofColumns(data.columns(), columns);
    }

    /**
     * Returns the value of {@code dimension} whose value or label {@code cell} is, or the cell itself
     * when it is not in the dimension. An off-grid number is converted to the dimension's type when
     * that loses nothing.
     */
    private static Object toDimensionValue(Dimension dimension, Object cell) {
        if (cell == null) {
            return null;
        }
        OptionalInt index = dimension.exactIndexOf(cell);
        if (index.isPresent()) {
            return dimension.value(index.getAsInt());
        }
        if (!dimension.isNumeric() || !(cell instanceof Number)) {
            return cell;
        }
        double value = ((Number) cell).doubleValue();
        Class<?> type = dimension.valueType();
        if (type == Double.class) {
            return value;
        }
        if (type == Integer.class && value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
            return (int) value;
        }
        if (type == Long.class && cell instanceof Long) {
            return cell;
        }
        if (type == Long.class && cell instanceof Integer) {
            return ((Integer) cell).longValue();
        }
        return cell;
    }
}
