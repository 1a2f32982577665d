package dev.hyperactive.core;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import dev.hyperactive.core.internal.display.ProgressBarDisplay;
import dev.hyperactive.core.internal.engine.Backend;
import dev.hyperactive.core.internal.engine.ThreadBackend;
import dev.hyperactive.spi.OptimizerProvider;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The default wiring of the engine: the {@link Ticker} (clock), the {@link ProgressDisplay}, the
 * {@link OptimizerRegistry}, the backend that runs job loops, the set of {@link SearchDataSink}s
 * (empty unless sinks are added) and the stream that results go to (bound with the name
 * {@value #OUTPUT}).
 *
 * <p>{@link Hyperactive.Builder} installs this module with its settings and applies the modules
 * given to {@link Hyperactive.Builder#modules} with {@link com.google.inject.util.Modules#override},
 * so any binding can be replaced, for example a fake clock and a recording display in tests:
 * <pre>{@code
 * Hyperactive.builder()
 *         .modules(binder -> binder.bind(Ticker.class).toInstance(fakeTicker),
 *                 binder -> binder.bind(ProgressDisplay.class).toInstance(recordingDisplay))
 *         .build();
 * }</pre>
 * Sinks are collected with a {@link Multibinder}, so a module adds one with
 * {@code Multibinder.newSetBinder(binder, SearchDataSink.class).addBinding().toInstance(sink)}
 * instead of replacing the others. The builder also has a plain option for each binding
 * ({@code ticker}, {@code progressDisplay}, {@code providers}, {@code backend},
 * {@code searchDataSink}, {@code output}), so Guice modules are optional for users. Optimizer
 * plugins depend on the api module only and never see Guice.
 */
public final class HyperactiveModule extends AbstractModule {

    /** The binding name of the {@link PrintStream} that results blocks go to. */
    public static final String OUTPUT = "hyperactive.output";

    private final Set<Verbosity> verbosity;
    private final String backend;
    private final List<OptimizerProvider> providers;
    private final Ticker ticker;
    private final ProgressDisplay display;
    private final PrintStream output;
    private final List<SearchDataSink> sinks;

    /**
     * Creates the default wiring: every verbosity, the thread backend, discovered optimizers, the
     * system ticker, no search-data sink and standard output.
     */
    public HyperactiveModule() {
        this(EnumSet.allOf(Verbosity.class), ThreadBackend.NAME, null, null, null, null, List.of());
    }

    HyperactiveModule(Set<Verbosity> verbosity, String backend, List<OptimizerProvider> providers, Ticker ticker,
            ProgressDisplay display, PrintStream output, List<SearchDataSink> sinks) {
        this.verbosity = verbosity.isEmpty() ? EnumSet.noneOf(Verbosity.class) : EnumSet.copyOf(verbosity);
        this.backend = backend;
        this.providers = providers;
        this.ticker = ticker;
        this.display = display;
        this.output = output;
        this.sinks = List.copyOf(sinks);
    }

    @Override
    protected void configure() {
        bind(Ticker.class).toInstance(ticker != null ? ticker : Ticker.system());
        bind(ProgressDisplay.class).toInstance(display != null ? display : defaultDisplay());
        bind(Backend.class).toInstance(backendNamed(backend));
        if (output != null) {
            bind(PrintStream.class).annotatedWith(Names.named(OUTPUT)).toInstance(output);
        } else {
            bind(PrintStream.class).annotatedWith(Names.named(OUTPUT)).toProvider(
                    (com.google.inject.Provider<PrintStream>) () -> System.out);
        }

        Multibinder<SearchDataSink> sinkBinder = Multibinder.newSetBinder(binder(), SearchDataSink.class);
        for (SearchDataSink sink : sinks) {
            sinkBinder.addBinding().toInstance(sink);
        }
    }

    /** Provides the optimizers: the explicit providers if given, otherwise those ServiceLoader finds. */
    @Provides
    @Singleton
    OptimizerRegistry optimizerRegistry() {
        return providers != null ? OptimizerRegistry.of(providers) : OptimizerRegistry.discover();
    }

    private ProgressDisplay defaultDisplay() {
        return verbosity.contains(Verbosity.PROGRESS_BAR) ? new ProgressBarDisplay(System.err)
                : ProgressDisplay.silent();
    }

    /**
     * Returns the backend named {@code name}.
     *
     * @throws IllegalArgumentException if there is none; the message lists the known names
     */
    static Backend backendNamed(String name) {
        if (ThreadBackend.NAME.equals(name)) {
            return new ThreadBackend();
        }
        throw new IllegalArgumentException("unknown backend '" + name + "'; available backends: "
                + ThreadBackend.NAME);
    }
}
