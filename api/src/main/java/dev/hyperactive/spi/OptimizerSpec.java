package dev.hyperactive.spi;

import java.util.Map;

/**
 * The immutable description of one optimizer algorithm and its parameters, such as
 * {@code new HillClimbingOptimizer().epsilon(0.05)}.
 *
 * <p>A spec holds no run state: the engine asks the {@link OptimizerProvider} whose
 * {@link OptimizerProvider#name() name} equals {@link #name()} to create an {@link AskTellOptimizer}
 * for each run. Specs that only know a name and unparsed parameters, as the command line has them,
 * come from {@link #named(String, Map)}; the engine parses them with the provider.
 */
public interface OptimizerSpec {

    /** Returns the registry name, for example {@code "hill_climbing"}. */
    String name();

    /**
     * Returns the parameters by their Gradient-Free-Optimizers names, in a stable order, for
     * listings and reports.
     */
    Map<String, Object> parameters();

    /** Returns a spec of the optimizer {@code name} with its default parameters. */
    static OptimizerSpec named(String name) {
        return new NamedOptimizerSpec(name, Map.of());
    }

    /**
     * Returns a spec of the optimizer {@code name} with parameters given as strings, parsed by the
     * optimizer's provider when the search starts.
     */
    static OptimizerSpec named(String name, Map<String, String> parameters) {
        return new NamedOptimizerSpec(name, parameters);
    }
}
