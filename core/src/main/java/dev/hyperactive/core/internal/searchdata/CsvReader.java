package dev.hyperactive.core.internal.searchdata;

import static dev.hyperactive.core.internal.searchdata.InvalidFiles.invalid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.hyperactive.api.SearchData;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads search data from CSV: the first line names the columns, and each column's type is inferred
 * from its text cells by {@link TextColumns#parse(String[])}.
 */
final class CsvReader {

    private CsvReader() {
    }

    static SearchData read(Reader reader, Path file) throws IOException {
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        long line = 1;
        try (MappingIterator<String[]> iterator =
                JacksonSetup.CSV_MAPPER.readerFor(String[].class).readValues(reader)) {
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
}
