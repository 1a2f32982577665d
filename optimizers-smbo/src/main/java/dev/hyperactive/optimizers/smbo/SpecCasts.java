package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NamedOptimizerSpec;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.Map;
import java.util.function.Function;

/** Turns the spec a provider receives into its own typed spec. */
final class SpecCasts {

    private SpecCasts() {
    }

    /**
     * Returns {@code spec} as a {@code type}: itself if it is one, parsed from its raw strings if it
     * is a {@link NamedOptimizerSpec} of {@code name}.
     *
     * @throws IllegalArgumentException if {@code spec} belongs to another optimizer
     */
    static <T extends OptimizerSpec> T typed(OptimizerSpec spec, Class<T> type, String name,
            Function<Map<String, String>, T> parser) {
        Checks.notNull("spec", spec);
        if (type.isInstance(spec)) {
            return type.cast(spec);
        }
        if (spec instanceof NamedOptimizerSpec && spec.name().equals(name)) {
            return parser.apply(((NamedOptimizerSpec) spec).rawParameters());
        }
        throw new IllegalArgumentException("the " + name + " provider cannot create a run of optimizer "
                + spec.name() + ": " + spec);
    }
}
