package dev.hyperactive.spi;

import java.util.Map;

/**
 * The service through which the engine finds an optimizer: its names, its family, its default spec,
 * the parsing of a spec from strings, and the creation of one run's state.
 *
 * <p>Implementations have a public no-argument constructor and are registered in module-info with
 * {@code provides dev.hyperactive.spi.OptimizerProvider with ...} (and, for use on the class path,
 * in {@code META-INF/services/dev.hyperactive.spi.OptimizerProvider}). They are stateless and
 * thread-safe. A provider module needs only {@code dev.hyperactive.api}.
 */
public interface OptimizerProvider {

    /** Returns the registry name, lower case with underscores, for example {@code "hill_climbing"}. */
    String name();

    /** Returns the name shown in progress bars and reports, for example {@code "Hill Climbing"}. */
    String displayName();

    /** Returns the family of the optimizer. */
    OptimizerFamily family();

    /** Returns the spec with every parameter at its default. */
    OptimizerSpec defaultSpec();

    /**
     * Parses a spec from parameter names and string values; absent parameters keep their defaults.
     *
     * @throws IllegalArgumentException if a name is unknown (the message lists the accepted names) or
     *     a value is invalid (the message names the parameter and the value)
     */
    OptimizerSpec parse(Map<String, String> parameters);

    /**
     * Creates the state of one run.
     *
     * @param spec a spec whose {@link OptimizerSpec#name()} is this provider's name: the default spec,
     *     a parsed one, or a typed spec built by the user
     * @param context the space, the seeded random generator and the initial positions of the run
     * @throws IllegalArgumentException if {@code spec} is not a spec of this optimizer
     */
    AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context);
}
