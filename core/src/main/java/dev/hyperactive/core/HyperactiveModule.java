package dev.hyperactive.core;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
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
 * The default wiring of the engine: the {@link Ticker}, the {@link ProgressDisplay}, the
 * {@link OptimizerRegistry}, the backend that runs job loops and the stream that results go to
 * (bound with the name {@value #OUTPUT}).
 *
 * <p>{@link Hyperactive.Builder} installs this module with its settings and lets
 * {@link Hyperactive.Builder#modules} override any binding, for example a fake ticker in tests:
 * <pre>{@code
 * Hyperactive.builder().modules(binder -> binder.bind(Ticker.class).toInstance(fakeTicker)).build();
 * }</pre>
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

    /**
     * Creates the default wiring: every verbosity, the thread backend, discovered optimizers, the
     * system ticker and standard output.
     */
    public HyperactiveModule() {
        this(EnumSet.allOf(Verbosity.class), ThreadBackend.NAME, null, null, null, null);
    }

    HyperactiveModule(Set<Verbosity> verbosity, String backend, List<OptimizerProvider> providers, Ticker ticker,
            ProgressDisplay display, PrintStream output) {
        this.verbosity = verbosity.isEmpty() ? EnumSet.noneOf(Verbosity.class) : EnumSet.copyOf(verbosity);
        this.backend = backend;
        this.providers = providers;
        this.ticker = ticker;
        this.display = display;
        this.output = output;
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
