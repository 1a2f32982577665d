package dev.hyperactive.cli;

import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.SearchDataFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a run's search data to the file named on the command line. */
final class SearchDataOutput {

    private SearchDataOutput() {
    }

    /**
     * Checks before the run that {@code file} can be written, so that a long search is not lost to a
     * typo: it ends in {@code .csv} or {@code .jsonl}, it is not a folder, its folder exists and is
     * writable, and an existing file is writable.
     *
     * @throws IllegalArgumentException if any of these does not hold
     */
    static Path check(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".jsonl")) {
            throw new IllegalArgumentException("search data file must end in .csv or .jsonl: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("search data file is a folder: " + file);
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("folder of the search data file does not exist: " + folder);
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new IllegalArgumentException("folder of the search data file is not writable: " + folder);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new IllegalArgumentException("search data file is not writable: " + file);
        }
        return file;
    }

    /**
     * Writes {@code data} to {@code file}, with the labels of {@code space} for non-numeric values.
     *
     * @throws CommandFailedException if the file cannot be written
     */
    static void write(SearchData data, SearchSpace space, Path file) {
        try {
            SearchDataFiles.write(data, space, file);
        } catch (IOException e) {
            throw new CommandFailedException("could not write the search data to " + file + ": " + e, e);
        }
    }

    /** Returns the message that reports how many rows were written and to which file. */
    static String writtenMessage(SearchData data, Path file) {
        return "Search data: " + data.size() + " rows written to " + file.toAbsolutePath().normalize();
    }
}
