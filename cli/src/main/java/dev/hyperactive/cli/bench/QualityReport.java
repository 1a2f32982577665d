package dev.hyperactive.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The CSV of every quality run and the markdown tables of the median [Q1, Q3] of the best loss per
 * optimizer and problem, with random search as the baseline.
 */
final class QualityReport {

    /** The optimizer every other one is compared with. */
    static final String BASELINE = "random_search";

    private final List<QualityRun> runs;
    private final int earlyIterations;
    private final int iterations;
    private final List<String> optimizers;
    private final List<String> problems;

    /**
     * Creates the report of {@code runs}; optimizers and problems appear in the order of their first
     * run.
     */
    QualityReport(List<QualityRun> runs, int earlyIterations, int iterations) {
        this.runs = List.copyOf(runs);
        this.earlyIterations = earlyIterations;
        this.iterations = iterations;
        Set<String> optimizerNames = new LinkedHashSet<>();
        Set<String> problemLabels = new LinkedHashSet<>();
        for (QualityRun run : runs) {
            optimizerNames.add(run.task().optimizer());
            problemLabels.add(run.task().problemLabel());
        }
        this.optimizers = List.copyOf(optimizerNames);
        this.problems = List.copyOf(problemLabels);
    }

    /** Returns the CSV of every run, one line per run, with a header line. */
    String csv() {
        StringBuilder text = new StringBuilder();
        text.append("optimizer,family,problem,dims,seed,n_iter,best_loss_at_").append(earlyIterations)
                .append(",best_loss,best_iteration,evaluations,seconds,error\n");
        for (QualityRun run : runs) {
            QualityCase task = run.task();
            text.append(task.optimizer()).append(',').append(task.family()).append(',').append(task.problem())
                    .append(',').append(task.dimensions()).append(',').append(task.seed()).append(',')
                    .append(iterations).append(',').append(number(run.earlyLoss())).append(',')
                    .append(number(run.finalLoss())).append(',').append(run.bestIteration()).append(',')
                    .append(run.evaluations()).append(',').append(run.seconds()).append(',')
                    .append(run.error() == null ? "" : quoted(run.error())).append('\n');
        }
        return text.toString();
    }

    /** Returns the markdown tables: one per budget in the peers' layout, then the comparison with random search. */
    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append(budgetTable("Best loss after " + earlyIterations + " iterations", QualityRun::earlyLoss));
        text.append(budgetTable("Best loss after " + iterations + " iterations", QualityRun::finalLoss));
        text.append(baselineTable());
        text.append(failures());
        return text.toString();
    }

    private String budgetTable(String title, ToDoubleFunction<QualityRun> loss) {
        List<String> header = new ArrayList<>();
        header.add("optimizer");
        header.add("seeds");
        header.addAll(problems);
        MarkdownTable table = new MarkdownTable(header);
        for (String optimizer : optimizers) {
            List<String> cells = new ArrayList<>();
            cells.add(optimizer);
            cells.add(Integer.toString(seedCount(optimizer)));
            for (String problem : problems) {
                cells.add(quartiles(optimizer, problem, loss).cell());
            }
            table.row(cells);
        }
        return "### " + title + ": median [Q1, Q3]\n\n" + table.render() + "\n";
    }

    private String baselineTable() {
        MarkdownTable table = new MarkdownTable(List.of("problem", "optimizer",
                "best loss at " + earlyIterations, BASELINE + " at " + earlyIterations, "ratio at " + earlyIterations,
                "best loss at " + iterations, BASELINE + " at " + iterations, "ratio at " + iterations));
        for (String problem : problems) {
            Quartiles earlyBaseline = quartiles(BASELINE, problem, QualityRun::earlyLoss);
            Quartiles finalBaseline = quartiles(BASELINE, problem, QualityRun::finalLoss);
            for (String optimizer : optimizers) {
                if (optimizer.equals(BASELINE)) {
                    continue;
                }
                Quartiles early = quartiles(optimizer, problem, QualityRun::earlyLoss);
                Quartiles last = quartiles(optimizer, problem, QualityRun::finalLoss);
                table.row(List.of(problem, optimizer,
                        early.cell(), Quartiles.format(earlyBaseline.median()), ratio(early, earlyBaseline),
                        last.cell(), Quartiles.format(finalBaseline.median()), ratio(last, finalBaseline)));
            }
        }
        return "### Against " + BASELINE + ": median [Q1, Q3] of the best loss and the ratio of the medians"
                + " (below 1 is better)\n\n" + table.render() + "\n";
    }

    private String failures() {
        Map<String, Integer> failed = new LinkedHashMap<>();
        Map<String, String> firstError = new LinkedHashMap<>();
        for (QualityRun run : runs) {
            if (!run.succeeded()) {
                failed.merge(run.task().optimizer(), 1, Integer::sum);
                firstError.putIfAbsent(run.task().optimizer(), run.error());
            }
        }
        StringBuilder text = new StringBuilder();
        failed.forEach((optimizer, count) -> text.append("- ").append(optimizer).append(": ").append(count)
                .append(" failed runs, first error: ").append(firstError.get(optimizer)).append('\n'));
        return text.length() == 0 ? "" : "Failed runs:\n\n" + text + "\n";
    }

    private Quartiles quartiles(String optimizer, String problem, ToDoubleFunction<QualityRun> loss) {
        double[] losses = runs.stream()
                .filter(run -> run.task().optimizer().equals(optimizer) && run.task().problemLabel().equals(problem))
                .mapToDouble(loss)
                .toArray();
        return Quartiles.of(losses);
    }

    private int seedCount(String optimizer) {
        return (int) runs.stream()
                .filter(run -> run.task().optimizer().equals(optimizer))
                .mapToLong(run -> run.task().seed())
                .distinct()
                .count();
    }

    /** Returns the ratio of the medians, or "-" when the baseline is missing or zero. */
    private static String ratio(Quartiles value, Quartiles baseline) {
        if (value.count() == 0 || baseline.count() == 0 || baseline.median() == 0) {
            return "-";
        }
        return Quartiles.format(value.median() / baseline.median());
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"").replace('\n', ' ') + '"';
    }
}
