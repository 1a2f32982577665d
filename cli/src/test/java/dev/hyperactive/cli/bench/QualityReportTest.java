package dev.hyperactive.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerFamily;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityReportTest {

    private static QualityRun run(String optimizer, long seed, double early, double last) {
        QualityCase task = new QualityCase(optimizer, OptimizerFamily.GLOBAL, "sphere", 2, seed);
        return new QualityRun(task, early, last, 5, 20, 0.01, null);
    }

    private static QualityReport report() {
        List<QualityRun> runs = new ArrayList<>();
        runs.add(run("random_search", 0, 4, 2));
        runs.add(run("random_search", 1, 6, 2));
        runs.add(run("hill_climbing", 0, 1, 0.5));
        runs.add(run("hill_climbing", 1, 3, 0.5));
        return new QualityReport(runs, 10, 30);
    }

    @Test
    void budgetTablesHoldQuartiles() {
        String markdown = report().markdown();

        assertTrue(markdown.contains("| random_search | 2 | 5 [4.5, 5.5] |"), markdown);
        assertTrue(markdown.contains("| hill_climbing | 2 | 0.5 [0.5, 0.5] |"), markdown);
    }

    @Test
    void baselineTableHoldsRatios() {
        String markdown = report().markdown();

        assertTrue(markdown.contains("| sphere-2D | hill_climbing | 2 [1.5, 2.5] | 5 | 0.4 | 0.5 [0.5, 0.5] | 2 | 0.25 |"),
                markdown);
    }

    @Test
    void csvHasOneLinePerRun() {
        String[] lines = report().csv().split("\n");

        assertEquals(5, lines.length);
        assertEquals("optimizer,family,problem,dims,seed,n_iter,best_loss_at_10,best_loss,best_iteration,evaluations,"
                + "seconds,error", lines[0]);
        assertEquals("hill_climbing,GLOBAL,sphere,2,1,30,3.0,0.5,5,20,0.01,", lines[4]);
    }

    @Test
    void failedRunsAreListed() {
        QualityCase task = new QualityCase("grid_search", OptimizerFamily.GLOBAL, "sphere", 2, 0);
        List<QualityRun> runs = List.of(run("random_search", 0, 4, 2),
                new QualityRun(task, Double.NaN, Double.NaN, -1, 0, 0.0, "java.lang.IllegalStateException: boom"));

        String markdown = new QualityReport(runs, 10, 30).markdown();

        assertTrue(markdown.contains("| grid_search | 1 | failed |"), markdown);
        assertTrue(markdown.contains("- grid_search: 1 failed runs, first error: java.lang.IllegalStateException: boom"),
                markdown);
    }
}
