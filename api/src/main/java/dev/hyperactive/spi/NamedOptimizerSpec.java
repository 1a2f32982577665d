package dev.hyperactive.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A spec that names an optimizer and carries its parameters as unparsed strings, resolved by the
 * provider of that name through {@link OptimizerProvider#parse(Map)}.
 */
public final class NamedOptimizerSpec implements OptimizerSpec {

    private final String name;
    private final Map<String, String> parameters;

    NamedOptimizerSpec(String name, Map<String, String> parameters) {
        this.name = Objects.requireNonNull(name, "optimizer name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("optimizer name must not be blank");
        }
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(parameters, "optimizer parameters must not be null")));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Returns the unparsed parameters. */
    public Map<String, String> rawParameters() {
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedOptimizerSpec && ((NamedOptimizerSpec) o).name.equals(name)
                && ((NamedOptimizerSpec) o).parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + parameters.hashCode();
    }

    @Override
    public String toString() {
        return name + parameters;
    }
}
