package dev.hyperactive.core.internal.searchdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;

/** Builds the exceptions for malformed search-data files, each naming the file and the line. */
final class InvalidFiles {

    private InvalidFiles() {
    }

    static IOException invalid(Path file, long line, String problem) {
        return new IOException("invalid search-data file " + file + " at line " + line + ": " + problem);
    }

    static IOException invalid(Path file, JsonProcessingException e) {
        long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        return new IOException("invalid search-data file " + file + " at line " + line + ": "
                + e.getOriginalMessage(), e);
    }
}
