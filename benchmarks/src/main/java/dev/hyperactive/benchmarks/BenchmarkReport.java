package dev.hyperactive.benchmarks;

import dev.hyperactive.benchmarks.Measurements.Measurement;
import java.util.List;
import java.util.Optional;

/**
 * Turns the measurements of a session into markdown tables: one per benchmark group, with the peers'
 * figures beside ours where the peers measured the same thing. Every cell is the median over the
 * measured iterations or runs, with the smallest and largest value in brackets.
 */
final class BenchmarkReport {

    private static final String MISSING = "failed or not run";

    private final Catalog catalog;
    private final Measurements measurements;

    BenchmarkReport(Catalog catalog, Measurements measurements) {
        this.catalog = catalog;
        this.measurements = measurements;
    }

    /** Returns the ask and tell table: nanoseconds per ask and tell, by optimizer and space. */
    String askTell(List<String> optimizers) {
        MarkdownTable table = new MarkdownTable("optimizer", "family", "2d-201 ns", "10d-100 ns");
        for (String name : optimizers) {
            table.row(name, catalog.registry().provider(name).family(),
                    cell(measurements.get(AskTellBenchmark.class, "optimizer", name, "space", "2d-201")),
                    cell(measurements.get(AskTellBenchmark.class, "optimizer", name, "space", "10d-100")));
        }
        return section("Ask and tell, steady state (ns per ask and tell)", table);
    }

    /** Returns the table of growing optimizers at a fixed history on 2-D and 10-D spaces. */
    String history(List<String> optimizers, int history) {
        MarkdownTable table = new MarkdownTable("optimizer", "family", "2d-201 us", "10d-100 us");
        for (String name : optimizers) {
            table.row(name, catalog.registry().provider(name).family(),
                    cell(historyMeasurement(name, "2d-201", history)),
                    cell(historyMeasurement(name, "10d-100", history)));
        }
        return section("Ask and tell after " + history + " scored points (us per ask and tell)", table);
    }

    /** Returns the table of cost against the number of scored points on the 5-D space of 10^10 points. */
    String scaling(List<String> optimizers, List<Integer> histories) {
        String[] header = new String[histories.size() + 2];
        header[0] = "optimizer";
        header[1] = "family";
        for (int i = 0; i < histories.size(); i++) {
            header[i + 2] = histories.get(i) + " points, us";
        }
        MarkdownTable table = new MarkdownTable(header);
        for (String name : optimizers) {
            Object[] cells = new Object[header.length];
            cells[0] = name;
            cells[1] = catalog.registry().provider(name).family();
            for (int i = 0; i < histories.size(); i++) {
                cells[i + 2] = cell(historyMeasurement(name, "5d-100", histories.get(i)));
            }
            table.row(cells);
        }
        return section("Ask and tell against the number of scored points, 5d-100 (10^10 points), us", table);
    }

    /** Returns the W1 tables: cheap optimizers in microseconds, model-based ones in milliseconds. */
    String loop(List<String> optimizers) {
        MarkdownTable cheap = new MarkdownTable("optimizer", "space", "n_iter", "steady us/iter",
                "whole run / n_iter us", "fixed ms per run", "GFO us/iter", "Hyperactive memory=True us/iter",
                "GFO / ours (whole run)", "GFO / ours (steady)");
        MarkdownTable modelBased = new MarkdownTable("optimizer", "space", "n_iter", "whole run / n_iter ms",
                "steady ms/iter", "GFO ms/iter", "Hyperactive ms/iter", "Optuna TPE ms/trial (fastest peer)",
                "fastest peer / ours");
        for (String name : optimizers) {
            for (String space : List.of("2d-201", "10d-21")) {
                LoopRow row = loopRow(name, space);
                if (catalog.isModelBased(name)) {
                    addModelBasedRow(modelBased, row);
                } else {
                    addCheapRow(cheap, row);
                }
            }
        }
        String text = section("W1 through Hyperactive.run, cheap optimizers (memory on, verbosity off)", cheap);
        if (!modelBased.isEmpty()) {
            text += section("W1 through Hyperactive.run, model-based optimizers", modelBased);
        }
        return text;
    }

    private void addCheapRow(MarkdownTable table, LoopRow row) {
        PeerFigures.Cheap peer = PeerFigures.CHEAP.get(row.optimizer);
        double gfo = Double.NaN;
        double hyperactive = Double.NaN;
        if (peer != null) {
            boolean twoD = row.space.startsWith("2d");
            gfo = twoD ? peer.gfo2d() : peer.gfo10d();
            hyperactive = twoD ? peer.hyperactive2d() : peer.hyperactive10d();
        }
        table.row(row.optimizer, row.space, row.iterations, MarkdownTable.figure(row.marginalMicros()),
                MarkdownTable.figure(row.wholeRunMicros()), cell(row.fixed), MarkdownTable.figure(gfo),
                MarkdownTable.figure(hyperactive), ratio(gfo, row.wholeRunMicros()), ratio(gfo, row.marginalMicros()));
    }

    private void addModelBasedRow(MarkdownTable table, LoopRow row) {
        PeerFigures.ModelBased peer = PeerFigures.MODEL_BASED.get(row.optimizer);
        boolean twoD = row.space.startsWith("2d");
        double gfo = Double.NaN;
        double hyperactive = Double.NaN;
        if (peer != null) {
            gfo = twoD ? peer.gfo2d() : peer.gfo10d();
            hyperactive = twoD ? peer.hyperactive2d() : Double.NaN;
        }
        double fastest = twoD ? PeerFigures.FASTEST_MODEL_BASED_2D : PeerFigures.FASTEST_MODEL_BASED_10D;
        double wholeRunMillis = row.wholeRunMicros() / 1000;
        table.row(row.optimizer, row.space, row.iterations, MarkdownTable.figure(wholeRunMillis),
                MarkdownTable.figure(row.steadyMicros() / 1000), MarkdownTable.figure(gfo),
                MarkdownTable.figure(hyperactive), MarkdownTable.figure(fastest), ratio(fastest, wholeRunMillis));
    }

    /** Returns the memory table: microseconds of wall time per iteration of one job. */
    String memory() {
        MarkdownTable table = new MarkdownTable("space", "memory", "1 job: us per iteration",
                "2 jobs: us per iteration of one job");
        for (String space : List.of("2d-20", "10d-21")) {
            for (String mode : List.of("OFF", "PRIVATE", "SHARED")) {
                table.row(space, mode, perIteration(space, mode, "1"), perIteration(space, mode, "2"));
            }
        }
        return section("Memory lookups (2d-20: hits) and inserts (10d-21: misses) through Hyperactive.run,"
                + " random search, " + MemoryBenchmark.ITERATIONS + " iterations per job", table);
    }

    private String perIteration(String space, String mode, String jobs) {
        Optional<Measurement> run = measurements.get(MemoryBenchmark.class, "space", space, "memory", mode, "jobs",
                jobs);
        return run.map(m -> scaled(m, 1000.0 / MemoryBenchmark.ITERATIONS)).orElse(MISSING);
    }

    /** Returns the search-data table: milliseconds per run and microseconds per row. */
    String searchData() {
        Optional<Measurement> small = measurements.get(SearchDataBenchmark.class, "rows", "10000");
        Optional<Measurement> large = measurements.get(SearchDataBenchmark.class, "rows", "100000");
        MarkdownTable table = new MarkdownTable("rows", "ms per run", "us per row (whole run / rows)");
        table.row(10_000, cell(small), small.map(m -> scaled(m, 1000.0 / 10_000)).orElse(MISSING));
        table.row(100_000, cell(large), large.map(m -> scaled(m, 1000.0 / 100_000)).orElse(MISSING));
        String slope = small.isPresent() && large.isPresent()
                ? MarkdownTable.figure((large.get().median() - small.get().median()) * 1000 / 90_000)
                : "-";
        return section("Search data through Hyperactive.run, memory off, random search on 2d-201", table)
                + "Cost per added row between the two sizes: " + slope + " us.\n\n";
    }

    private Optional<Measurement> historyMeasurement(String name, String space, int history) {
        return measurements.get(HistoryBenchmark.class, "optimizer", name, "space", space, "history",
                Integer.toString(history), "fill", "auto");
    }

    private LoopRow loopRow(String name, String space) {
        int iterations = LoopBenchmark.iterations(catalog, name, space, "w1");
        Optional<Measurement> whole = measurements.get(LoopBenchmark.class, "optimizer", name, "space", space, "run",
                "w1");
        Optional<Measurement> fixed = measurements.get(LoopBenchmark.class, "optimizer", name, "space", space, "run",
                "fixed");
        Optional<Measurement> doubled = measurements.get(LoopBenchmark.class, "optimizer", name, "space", space,
                "run", "double");
        return new LoopRow(name, space, iterations, whole, fixed, doubled);
    }

    /** One W1 row; times of the JMH results are in milliseconds per run. */
    private record LoopRow(String optimizer, String space, int iterations, Optional<Measurement> whole,
            Optional<Measurement> fixed, Optional<Measurement> doubled) {

        /** Returns the cost per iteration of the iterations that a double run makes beyond the W1 count. */
        double marginalMicros() {
            if (whole.isEmpty() || doubled.isEmpty()) {
                return Double.NaN;
            }
            return (doubled.get().median() - whole.get().median()) * 1000 / iterations;
        }

        double wholeRunMicros() {
            return whole.map(m -> m.median() * 1000 / iterations).orElse(Double.NaN);
        }

        double steadyMicros() {
            if (whole.isEmpty() || fixed.isEmpty() || iterations < 2) {
                return Double.NaN;
            }
            return (whole.get().median() - fixed.get().median()) * 1000 / (iterations - 1);
        }
    }

    private static String scaled(Measurement m, double factor) {
        return MarkdownTable.figure(m.median() * factor) + " (" + MarkdownTable.figure(m.min() * factor) + "-"
                + MarkdownTable.figure(m.max() * factor) + ")";
    }

    private static String cell(Optional<Measurement> measurement) {
        return measurement.map(Measurement::cell).orElse(MISSING);
    }

    private static String ratio(double peer, double ours) {
        if (Double.isNaN(peer) || Double.isNaN(ours) || ours <= 0) {
            return "-";
        }
        return MarkdownTable.figure(peer / ours) + "x";
    }

    private static String section(String title, MarkdownTable table) {
        return "### " + title + "\n\n" + table.render() + "\n";
    }
}
