package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.Dimension;
import dev.hyperactive.api.ParameterValues;
import dev.hyperactive.api.SearchSpace;
import java.util.Map;

/**
 * The values at one position of a search space, read lazily from the dimensions. A job reuses one
 * instance and moves it with {@link #moveTo(int[])}, so reading values allocates nothing beyond
 * boxing the value itself.
 *
 * <p>Objectives usually read their parameters in the same order on every call, so the dimension
 * after the one read last is tried first, and the search space's name map is consulted only when
 * that guess is wrong.
 */
class PositionValues implements ParameterValues {

    private final SearchSpace space;
    private final Dimension[] dimensions;
    private final String[] names;
    private int[] position;
    private int nextGuess;

    PositionValues(SearchSpace space) {
        this.space = space;
        this.dimensions = new Dimension[space.dimensionCount()];
        this.names = new String[dimensions.length];
        for (int d = 0; d < dimensions.length; d++) {
            dimensions[d] = space.dimension(d);
            names[d] = dimensions[d].name();
        }
    }

    final void moveTo(int[] position) {
        this.position = position;
    }

    final SearchSpace space() {
        return space;
    }

    @Override
    public final Object get(String name) {
        int d = indexOf(name);
        return dimensions[d].value(position[d]);
    }

    @Override
    public final Map<String, Object> asMap() {
        return space.values(position);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    /**
     * Returns the index of the dimension called {@code name}.
     *
     * @throws IllegalArgumentException if there is none, with the search space's message
     */
    private int indexOf(String name) {
        int guess = nextGuess;
        String guessed = names[guess];
        int d = guessed == name || guessed.equals(name) ? guess : space.indexOf(name);
        nextGuess = d + 1 == names.length ? 0 : d + 1;
        return d;
    }
}
