package dev.hyperactive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.cli.CliRunner.Execution;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invalid command lines: each prints one error line, nothing on stdout, and exits with 2. */
class CommandLineErrorsTest {

    @TempDir
    Path folder;

    private Execution run(String... args) {
        return CliRunner.withStudies(folder, new TestStudies.Mixed()).execute(args);
    }

    private static void assertInvalid(Execution execution, String expectedError) {
        assertEquals(2, execution.exitCode(), execution.err());
        assertEquals("error: " + expectedError + System.lineSeparator(), execution.err());
        assertEquals("", execution.out());
    }

    private static void assertInvalidStartingWith(Execution execution, String prefix) {
        assertEquals(2, execution.exitCode(), execution.err());
        assertTrue(execution.err().startsWith("error: " + prefix), execution.err());
        assertEquals(1, execution.err().lines().count(), execution.err());
        assertFalse(execution.err().contains("\tat "), execution.err());
        assertEquals("", execution.out());
    }

    @Test
    void nIterZero() {
        assertInvalid(run("run", "--problem", "sphere", "--n-iter", "0"), "n_iter must be positive: 0");
    }

    @Test
    void nIterNegative() {
        assertInvalid(run("run", "--problem", "sphere", "--n-iter", "-3"), "n_iter must be positive: -3");
    }

    @Test
    void nIterNotANumber() {
        assertInvalidStartingWith(run("run", "--problem", "sphere", "--n-iter", "many"),
                "Invalid value for option '--n-iter': 'many' is not an int");
    }

    @Test
    void demoNIterZero() {
        Execution execution = CliRunner.withStudies(folder, new TestStudies.FakeDiabetes(20, 3))
                .execute("demo", "--n-iter", "0");
        assertInvalid(execution, "n_iter must be positive: 0");
    }

    @Test
    void unknownProblem() {
        assertInvalid(run("run", "--problem", "cube"),
                "unknown problem 'cube'; known problems: sphere, ackley, rastrigin, rosenbrock");
    }

    @Test
    void dimsZero() {
        assertInvalid(run("run", "--problem", "sphere", "--dims", "0"), "dims must be positive: 0");
    }

    @Test
    void stepsOne() {
        assertInvalid(run("run", "--problem", "sphere", "--steps", "1"), "steps must be at least 2: 1");
    }

    @Test
    void jobsZero() {
        assertInvalid(run("run", "--problem", "sphere", "--jobs", "0"),
                "n_jobs must be positive, or -1 for one job per processor: 0");
    }

    @Test
    void unknownOptimizer() {
        assertInvalidStartingWith(run("run", "--problem", "sphere", "--optimizer", "gradient_descent"),
                "unknown optimizer 'gradient_descent'; available optimizers: ");
        assertTrue(run("run", "--problem", "sphere", "--optimizer", "x").err().contains("hill_climbing"));
    }

    @Test
    void unknownOptimizerParameter() {
        assertInvalidStartingWith(run("run", "--problem", "sphere", "--optimizer", "hill_climbing",
                "--param", "temperature=3"), "unknown parameter 'temperature' for optimizer hill_climbing;"
                        + " accepted parameters: ");
    }

    @Test
    void optimizerParameterOutOfRange() {
        Execution execution = run("run", "--problem", "sphere", "--optimizer", "hill_climbing",
                "--param", "epsilon=-1");
        assertInvalidStartingWith(execution, "");
        assertTrue(execution.err().contains("epsilon"), execution.err());
    }

    @Test
    void parameterWithoutValue() {
        assertInvalidStartingWith(run("run", "--problem", "sphere", "--param", "epsilon"),
                "--param must have the form KEY=VALUE: 'epsilon'");
    }

    @Test
    void repeatedParameterIsRejected() {
        assertInvalidStartingWith(run("run", "--problem", "sphere", "--optimizer", "hill_climbing",
                "--param", "epsilon=5", "--param", "epsilon=0.1"),
                "--param epsilon is given twice; give each parameter once");
    }

    @Test
    void noTarget() {
        assertInvalidStartingWith(run("run"),
                "Missing required argument (specify one of these): (--problem=NAME | --study=NAME)");
    }

    @Test
    void problemAndStudy() {
        assertInvalidStartingWith(run("run", "--problem", "sphere", "--study", "mixed"),
                "--problem=NAME, --study=NAME are mutually exclusive");
    }

    @Test
    void unknownStudy() {
        assertInvalid(run("run", "--study", "iris"), "unknown study 'iris'; available studies: mixed");
    }

    @Test
    void dimsWithStudy() {
        assertInvalid(run("run", "--study", "mixed", "--dims", "3"),
                "--dims and --steps apply only to --problem, not to --study");
    }

    @Test
    void searchDataExtension() {
        Path file = folder.resolve("data.txt");
        assertInvalid(run("run", "--problem", "sphere", "--search-data", file.toString()),
                "search data file must end in .csv or .jsonl: " + file);
    }

    @Test
    void searchDataFolderMissing() {
        Path file = folder.resolve("missing").resolve("data.csv");
        assertInvalid(run("run", "--problem", "sphere", "--search-data", file.toString()),
                "folder of the search data file does not exist: " + file.getParent());
    }

    @Test
    void unknownOption() {
        assertInvalidStartingWith(run("run", "--problem", "sphere", "--iterations", "5"),
                "Unknown options: '--iterations', '5' (see 'hyperactive run --help')");
    }

    @Test
    void unknownSubCommand() {
        assertInvalidStartingWith(run("tune"), "Unmatched argument at index 0: 'tune'");
    }

    @Test
    void missingSubCommand() {
        assertInvalid(run(), "missing sub-command; choose one of: run, optimizers, studies, demo, bench, help"
                + " (see 'hyperactive --help')");
    }
}
