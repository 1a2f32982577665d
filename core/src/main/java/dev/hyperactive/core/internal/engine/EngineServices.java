package dev.hyperactive.core.internal.engine;

import dev.hyperactive.core.OptimizerRegistry;
import dev.hyperactive.core.ProgressDisplay;
import dev.hyperactive.core.SearchDataSink;
import dev.hyperactive.core.Ticker;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * The parts the engine takes from the Guice injector once, when a {@code Hyperactive} is built, so
 * that no injector lookup happens while jobs run.
 *
 * @param ticker the clock of time limits and measured times
 * @param display the progress display
 * @param registry the optimizer providers
 * @param backend where job loops run
 * @param output where results blocks go, read when they are printed
 * @param sinks the consumers of search-data rows, possibly none
 */
public record EngineServices(Ticker ticker, ProgressDisplay display, OptimizerRegistry registry, Backend backend,
        Supplier<PrintStream> output, List<SearchDataSink> sinks) {

    /** Copies the list of sinks. */
    public EngineServices {
        sinks = List.copyOf(sinks);
    }
}
