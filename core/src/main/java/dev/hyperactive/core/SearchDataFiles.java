package dev.hyperactive.core;

import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.internal.searchdata.SearchDataReader;
import dev.hyperactive.core.internal.searchdata.SearchDataWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes and reads search data as CSV ({@code .csv}) or JSON Lines ({@code .jsonl}), the format
 * chosen by the file extension.
 *
 * <p>Both formats start with the column names: the CSV header, or the keys of each JSON object. Cells
 * keep their kind: numbers stay numbers, strings stay strings, booleans stay booleans, and
 * {@code null} stays {@code null} (an empty cell in CSV, where an empty string is written as
 * {@code ""}). NaN and infinite doubles are written as {@code NaN}, {@code Infinity} and
 * {@code -Infinity}, as strings in JSON, and read back as doubles. Any other object, such as a
 * function in a categorical dimension, is written by its label: with a search space the dimension's
 * label, otherwise the default label (the name of an enum constant or class, the elements of an array,
 * else {@code toString()}).
 *
 * <p>JSON Lines keeps integers apart from fractions: integers read back as {@code Integer}, or all
 * as {@code Long} when one of the column's values needs a long, and fractions as {@code Double}.
 * CSV stores text, so {@link #read(Path)} infers one type per column: {@code Integer} (or
 * {@code Long}) when every cell is an integer without a decimal point, {@code Double} when every
 * cell is a number, {@code Boolean} when every cell is {@code true} or {@code false}, and
 * {@code String} otherwise. A column of strings that all look like numbers therefore reads back from
 * CSV as numbers, and {@link #read(Path, SearchSpace)} maps them back to the dimension's values.
 */
public final class SearchDataFiles {

    private SearchDataFiles() {
    }

    /**
     * Writes {@code data} to {@code file}, replacing its content. Objects other than numbers, strings
     * and booleans are written by their default label.
     *
     * @throws IllegalArgumentException if the file name ends in neither {@code .csv} nor {@code .jsonl}
     * @throws IOException if the file cannot be written
     */
    public static void write(SearchData data, Path file) throws IOException {
        SearchDataWriter.write(data, null, file);
    }

    /**
     * Writes {@code data} to {@code file}, replacing its content, with the values of the categorical
     * dimensions of {@code space} written by their labels. {@link #read(Path, SearchSpace)} with the
     * same space restores the values.
     *
     * @throws IllegalArgumentException if the file name ends in neither {@code .csv} nor {@code .jsonl}
     * @throws IOException if the file cannot be written
     */
    public static void write(SearchData data, SearchSpace space, Path file) throws IOException {
        SearchDataWriter.write(data, Objects.requireNonNull(space, "space"), file);
    }

    /**
     * Reads search data from {@code file}. A file with a header but no rows gives empty search data
     * with those columns, and an empty file gives search data without columns.
     *
     * @throws IllegalArgumentException if the file name ends in neither {@code .csv} nor {@code .jsonl}
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws IOException if the file cannot be read or its content is malformed; the message names the
     *     file and the line
     */
    public static SearchData read(Path file) throws IOException {
        return SearchDataReader.read(file);
    }

    /**
     * Reads search data from {@code file} and maps each parameter column back to the values of
     * {@code space}, so the result can serve as a memory warm start. Categorical labels become the
     * dimension's objects and numbers on a numeric grid become the dimension's {@code Integer},
     * {@code Long} or {@code Double} values. A cell that is not in its dimension stays as read, and
     * columns that are not parameters stay as read.
     *
     * @throws IllegalArgumentException if the file name ends in neither {@code .csv} nor {@code .jsonl},
     *     or the file has no column for a parameter of {@code space}
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws IOException if the file cannot be read or its content is malformed
     */
    public static SearchData read(Path file, SearchSpace space) throws IOException {
        return SearchDataReader.read(file, space);
    }
}
