package dev.hyperactive.spi;

import java.util.Arrays;

/**
 * A position with its known score, from earlier search data given to a run: a memory warm start or
 * an earlier stage of a strategy.
 *
 * @param position the indices, one per dimension
 * @param score the score, which may be NaN or infinite
 */
public record Observation(int[] position, double score) {

    /** Copies the position so the record stays immutable. */
    public Observation {
        position = position.clone();
    }

    /** Returns a copy of the position. */
    @Override
    public int[] position() {
        return position.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Observation && Arrays.equals(((Observation) o).position, position)
                && Double.compare(((Observation) o).score, score) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(position) * 31 + Double.hashCode(score);
    }

    @Override
    public String toString() {
        return Arrays.toString(position) + " -> " + score;
    }
}
