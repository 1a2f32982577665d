package dev.hyperactive.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {

    @TempDir
    Path folder;

    @Test
    void smallBenchWritesFiles() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(new StringWriter()));

        int code = command.execute("--optimizers", "hill_climbing", "--problems", "sphere,ackley", "--dims", "2",
                "--steps", "21", "--seeds", "3", "--n-iter", "30", "--early-iter", "10", "--jobs", "2", "--no-study",
                "--out", folder.toString());

        assertEquals(0, code);
        List<String> csv = Files.readAllLines(folder.resolve("quality-runs.csv"));
        assertEquals(1 + 2 * 2 * 3, csv.size());
        assertTrue(csv.get(1).startsWith("random_search,GLOBAL,sphere,2,0,30,"), csv.get(1));
        String markdown = Files.readString(folder.resolve("quality.md"));
        assertTrue(markdown.contains("| optimizer | seeds | sphere-2D | ackley-2D |"), markdown);
        assertTrue(markdown.contains("| sphere-2D | hill_climbing |"), markdown);
        assertTrue(out.toString().contains("Total wall time"), out.toString());
    }

    @Test
    void earlyBudgetAboveRunIsRejected() {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs("--n-iter", "50", "--early-iter", "100");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bench::call);

        assertEquals("the early budget must not exceed n_iter: 100 > 50", e.getMessage());
    }

    @Test
    void unknownOptimizerIsRejected() {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs("--optimizers", "no_such_optimizer", "--no-study", "--out",
                folder.toString());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bench::call);

        assertTrue(e.getMessage().startsWith("unknown optimizer 'no_such_optimizer'; available optimizers: "),
                e.getMessage());
    }
}
