package dev.hyperactive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.cli.CliRunner.Execution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code demo} sub-command, run on a cheap stand-in for the diabetes study. */
class DemoCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesSearchDataToDefaultFile() throws Exception {
        Execution execution = CliRunner.withStudies(folder, new TestStudies.FakeDiabetes(20, 3))
                .execute("demo", "--seed", "4");

        assertEquals(0, execution.exitCode(), execution.err());
        Path file = folder.resolve("diabetes-search-data.csv");
        assertTrue(Files.exists(file));
        List<String> lines = Files.readAllLines(file);
        assertEquals(6, lines.size(), String.join("\n", lines));
        assertTrue(execution.out().contains("Search data: 5 rows written to " + file.toAbsolutePath()),
                execution.out());
        assertTrue(execution.out().contains("Best found:  "), execution.out());
    }

    @Test
    void baselineFoundInSearchData() {
        // Five iterations over three values evaluate every value, the baseline included.
        Execution execution = CliRunner.withStudies(folder, new TestStudies.FakeDiabetes(2, 1))
                .execute("demo", "--seed", "4", "--search-data", "small.jsonl");

        assertEquals(0, execution.exitCode(), execution.err());
        String expected = String.format(Locale.ROOT, "Baseline:    %.4f  at x=1  (evaluated during the search)",
                TestStudies.FakeDiabetes.score(1));
        assertTrue(execution.out().contains(expected), execution.out());
        assertTrue(Files.exists(folder.resolve("small.jsonl")));
    }

    @Test
    void baselineEvaluatedSeparately() {
        // One iteration over a thousand values almost surely misses x = 3; the seed makes it certain.
        Execution execution = CliRunner.withStudies(folder, new TestStudies.FakeDiabetes(1000, 3))
                .execute("demo", "--n-iter", "1", "--seed", "4");

        assertEquals(0, execution.exitCode(), execution.err());
        String expected = String.format(Locale.ROOT, "Baseline:    %.4f  at x=3  (evaluated separately)",
                TestStudies.FakeDiabetes.score(3));
        assertTrue(execution.out().contains(expected), execution.out());
    }

    @Test
    void studyMissing() {
        Execution execution = CliRunner.withStudies(folder, new TestStudies.Mixed()).execute("demo");

        assertEquals(1, execution.exitCode(), execution.err());
        assertEquals("error: the demo needs the study 'diabetes', which is not on the module path;"
                + " add the module dev.hyperactive.examples (the hyperactive-examples jar and its dependencies)"
                + System.lineSeparator(), execution.err());
        assertEquals("", execution.out());
    }
}
