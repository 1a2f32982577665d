package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NamedOptimizerSpec;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.Map;
import java.util.function.Function;

/** A helper shared by the providers of this module, which turns the spec given to {@code create} into a typed one. */
final class ProviderSupport {

    private ProviderSupport() {
    }

    /**
     * Returns {@code spec} as a {@code type}, parsing it first if it is a named spec of the optimizer
     * {@code name}.
     *
     * @throws IllegalArgumentException if {@code spec} belongs to another optimizer
     */
    static <T extends OptimizerSpec> T typedSpec(OptimizerSpec spec, String name, Class<T> type,
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
