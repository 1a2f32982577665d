package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NamedOptimizerSpec;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.Map;
import java.util.function.Function;

/** Argument checks and spec resolution shared by the specs and providers of this package. */
final class SpecSupport {

    private SpecSupport() {
    }

    /**
     * Returns {@code value} if it is finite and zero or more.
     *
     * @throws IllegalArgumentException "NAME must not be negative: VALUE" for a negative value, and
     *     "NAME must be a finite number: VALUE" for NaN or an infinity
     */
    static double notNegative(String name, double value) {
        Checks.finite(name, value);
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    /**
     * Returns the typed spec behind {@code spec}: {@code spec} itself if it has the expected type,
     * or the parse of its raw parameters if it is a {@link NamedOptimizerSpec} of the same name.
     *
     * @throws IllegalArgumentException if {@code spec} belongs to another optimizer
     */
    static <T extends OptimizerSpec> T typed(OptimizerSpec spec, String name, Class<T> type,
            Function<Map<String, String>, T> parse) {
        Checks.notNull("spec", spec);
        if (type.isInstance(spec)) {
            return type.cast(spec);
        }
        if (spec instanceof NamedOptimizerSpec && spec.name().equals(name)) {
            return parse.apply(((NamedOptimizerSpec) spec).rawParameters());
        }
        throw new IllegalArgumentException("the " + name + " provider cannot create a run of optimizer "
                + spec.name() + ": " + spec);
    }
}
