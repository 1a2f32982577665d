package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.ParameterValues;
import dev.hyperactive.api.SearchSpace;
import java.util.Map;

/**
 * The values at one position of a search space, read lazily from the dimensions. A job reuses one
 * instance and moves it with {@link #moveTo(int[])}, so reading values allocates nothing beyond
 * boxing the value itself.
 */
class PositionValues implements ParameterValues {

    private final SearchSpace space;
    private int[] position;

    PositionValues(SearchSpace space) {
        this.space = space;
    }

    final void moveTo(int[] position) {
        this.position = position;
    }

    final SearchSpace space() {
        return space;
    }

    @Override
    public final Object get(String name) {
        int d = space.indexOf(name);
        return space.dimension(d).value(position[d]);
    }

    @Override
    public final Map<String, Object> asMap() {
        return space.values(position);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
