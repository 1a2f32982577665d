package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NamedOptimizerSpec;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Helpers shared by the providers of this module: the list of accepted parameter names, and the
 * conversion of the spec given to {@code create} into a typed one.
 */
final class ProviderSupport {

    private ProviderSupport() {
    }

    /** Returns the names of the shared hill-climbing parameters followed by {@code own}, in that order. */
    static List<String> climbingParameters(String... own) {
        List<String> names = new ArrayList<>(ClimbingSettings.NAMES);
        names.addAll(List.of(own));
        return List.copyOf(names);
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
