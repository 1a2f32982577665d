package dev.hyperactive.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.hyperactive.api.Dimension;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.internal.display.TextColumns;
import dev.hyperactive.core.internal.display.ValueText;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

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

    private static final CsvMapper CSV_MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.EMPTY_UNQUOTED_STRING_AS_NULL)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private static final JsonFactory JSON_FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

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
        writeCells(data, null, file);
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
        writeCells(data, Objects.requireNonNull(space, "space"), file);
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
        Format format = Format.of(file);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format == Format.CSV ? readCsv(reader, file) : readJsonLines(reader, file);
        } catch (CharacterCodingException e) {
            throw new IOException("search-data file " + file + " is not valid UTF-8", e);
        }
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

    // ---------------------------------------------------------------- writing

    private static void writeCells(SearchData data, SearchSpace space, Path file) throws IOException {
        Objects.requireNonNull(data, "data");
        Format format = Format.of(file);
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

    /** Writes the header and rows of one file. Kept apart from opening so rows could be appended. */
    private interface RowWriter extends Closeable {

        void writeHeader() throws IOException;

        /** Writes one row of cells, each null, a Number, a Boolean or a String. */
        void writeRow(Object[] cells) throws IOException;
    }

    private static final class CsvRowWriter implements RowWriter {

        private final List<String> columns;
        private final CsvGenerator generator;

        CsvRowWriter(Writer out, List<String> columns) throws IOException {
            this.columns = columns;
            CsvSchema.Builder schema = CsvSchema.builder();
            for (String column : columns) {
                schema.addColumn(column);
            }
            this.generator = (CsvGenerator) CSV_MAPPER.createGenerator(out);
            generator.setSchema(schema.build());
        }

        @Override
        public void writeHeader() throws IOException {
            writeRow(columns.toArray());
        }

        @Override
        public void writeRow(Object[] cells) throws IOException {
            generator.writeStartArray();
            for (Object cell : cells) {
                if (cell == null) {
                    generator.writeNull();
                } else if (cell instanceof Number) {
                    generator.writeNumber(numberText((Number) cell));
                } else if (cell instanceof Boolean) {
                    generator.writeBoolean((Boolean) cell);
                } else {
                    generator.writeString((String) cell);
                }
            }
            generator.writeEndArray();
        }

        private static String numberText(Number number) {
            if (number instanceof Double || number instanceof Float) {
                return Double.toString(number.doubleValue());
            }
            return number.toString();
        }

        @Override
        public void close() throws IOException {
            generator.close();
        }
    }

    private static final class JsonLinesRowWriter implements RowWriter {

        private final List<String> columns;
        private final JsonGenerator generator;

        JsonLinesRowWriter(Writer out, List<String> columns) throws IOException {
            this.columns = columns;
            this.generator = JSON_FACTORY.createGenerator(out);
            generator.setRootValueSeparator(null);
        }

        @Override
        public void writeHeader() {
            // Every line names its columns.
        }

        @Override
        public void writeRow(Object[] cells) throws IOException {
            generator.writeStartObject();
            for (int c = 0; c < cells.length; c++) {
                generator.writeFieldName(columns.get(c));
                writeValue(cells[c]);
            }
            generator.writeEndObject();
            generator.writeRaw('\n');
        }

        private void writeValue(Object cell) throws IOException {
            if (cell == null) {
                generator.writeNull();
            } else if (cell instanceof Double || cell instanceof Float) {
                double value = ((Number) cell).doubleValue();
                if (Double.isFinite(value)) {
                    generator.writeNumber(value);
                } else {
                    generator.writeString(Double.toString(value));
                }
            } else if (cell instanceof BigDecimal) {
                generator.writeNumber((BigDecimal) cell);
            } else if (cell instanceof BigInteger) {
                generator.writeNumber((BigInteger) cell);
            } else if (cell instanceof Number) {
                generator.writeNumber(((Number) cell).longValue());
            } else if (cell instanceof Boolean) {
                generator.writeBoolean((Boolean) cell);
            } else {
                generator.writeString((String) cell);
            }
        }

        @Override
        public void close() throws IOException {
            generator.close();
        }
    }

    // ---------------------------------------------------------------- reading

    private static SearchData readCsv(Reader reader, Path file) throws IOException {
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        long line = 1;
        try (MappingIterator<String[]> iterator = CSV_MAPPER.readerFor(String[].class).readValues(reader)) {
            while (iterator.hasNextValue()) {
                String[] row = iterator.nextValue();
                if (header == null) {
                    header = checkHeader(row, file);
                } else if (row.length != header.size()) {
                    throw invalid(file, line, "expected " + header.size() + " cells as in the header, found "
                            + row.length);
                } else {
                    rows.add(row);
                }
                line = iterator.getCurrentLocation().getLineNr();
            }
        } catch (JsonProcessingException e) {
            throw invalid(file, e);
        }
        if (header == null) {
            return SearchData.empty(List.of());
        }

        List<Object[]> columns = new ArrayList<>(header.size());
        for (int c = 0; c < header.size(); c++) {
            String[] texts = new String[rows.size()];
            for (int r = 0; r < texts.length; r++) {
                texts[r] = rows.get(r)[c];
            }
            columns.add(TextColumns.parse(texts));
        }
        return SearchData.ofColumns(header, columns);
    }

    private static List<String> checkHeader(String[] names, Path file) throws IOException {
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < names.length; c++) {
            if (names[c] == null) {
                throw invalid(file, 1, "column " + (c + 1) + " of the header has no name");
            }
            if (!seen.add(names[c])) {
                throw invalid(file, 1, "duplicate column '" + names[c] + "'");
            }
        }
        return List.of(names);
    }

    private static SearchData readJsonLines(BufferedReader reader, Path file) throws IOException {
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> known = new HashSet<>();
        long line = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            Map<String, Object> row = parseJsonObject(text, file, line);
            for (String column : row.keySet()) {
                if (known.add(column)) {
                    columns.add(column);
                }
            }
            rows.add(row);
        }

        List<Object[]> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            Object[] cells = new Object[rows.size()];
            for (int r = 0; r < cells.length; r++) {
                cells[r] = rows.get(r).get(column);
            }
            values.add(TextColumns.widenIntegers(TextColumns.nonFiniteStringsToDoubles(cells)));
        }
        return SearchData.ofColumns(columns, values);
    }

    /** Parses one line that contains one JSON object of scalar values. */
    private static Map<String, Object> parseJsonObject(String text, Path file, long line) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        try (JsonParser parser = JSON_FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(file, line, "expected a JSON object");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String column = parser.currentName();
                row.put(column, jsonValue(parser, parser.nextToken(), file, line));
            }
            if (parser.nextToken() != null) {
                throw invalid(file, line, "expected one JSON object per line");
            }
        } catch (JsonProcessingException e) {
            throw invalid(file, line, e.getOriginalMessage());
        }
        return row;
    }

    private static Object jsonValue(JsonParser parser, JsonToken token, Path file, long line) throws IOException {
        switch (token) {
            case VALUE_NULL:
                return null;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            default:
                throw invalid(file, line, "column '" + parser.currentName()
                        + "' holds a nested value; search data holds numbers, strings, booleans and nulls");
        }
    }

    // ---------------------------------------------------------------- mapping to a search space

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

    // ---------------------------------------------------------------- formats and errors

    private enum Format {
        CSV(".csv"),
        JSON_LINES(".jsonl");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        static Format of(Path file) {
            Objects.requireNonNull(file, "file");
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (name.endsWith(format.extension)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("unknown search-data format of file " + file
                    + ": the name must end in .csv or .jsonl");
        }

        RowWriter open(Writer out, List<String> columns) throws IOException {
            return this == CSV ? new CsvRowWriter(out, columns) : new JsonLinesRowWriter(out, columns);
        }
    }

    private static IOException invalid(Path file, long line, String problem) {
        return new IOException("invalid search-data file " + file + " at line " + line + ": " + problem);
    }

    private static IOException invalid(Path file, JsonProcessingException e) {
        long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        return new IOException("invalid search-data file " + file + " at line " + line + ": "
                + e.getOriginalMessage(), e);
    }
}
