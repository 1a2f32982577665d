package dev.hyperactive.core.internal.searchdata;

import static dev.hyperactive.core.internal.searchdata.InvalidFiles.invalid;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.hyperactive.api.SearchData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads search data from JSON Lines: one JSON object of scalar values per line, blank lines skipped.
 * The columns are the keys in order of first appearance, and a key missing from a line reads as
 * {@code null}.
 */
final class JsonLinesReader {

    private JsonLinesReader() {
    }

    static SearchData read(BufferedReader reader, Path file) throws IOException {
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
        try (JsonParser parser = JacksonSetup.JSON_FACTORY.createParser(text)) {
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
}
