package dev.hyperactive.core.internal.searchdata;

import dev.hyperactive.api.SearchData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The search-data file formats, each chosen by its file extension in any case. */
enum FileFormat {
    CSV(".csv"),
    JSON_LINES(".jsonl");

    private final String extension;

    FileFormat(String extension) {
        this.extension = extension;
    }

    /**
     * Returns the format of {@code file} by its extension.
     *
     * @throws IllegalArgumentException if the file name ends in neither {@code .csv} nor {@code .jsonl}
     */
    static FileFormat of(Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
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

    SearchData read(BufferedReader reader, Path file) throws IOException {
        return this == CSV ? CsvReader.read(reader, file) : JsonLinesReader.read(reader, file);
    }
}
