package dev.hyperactive.core.internal.memory;

import java.util.Map;

/**
 * Scores and extra outputs by position. Not thread-safe: {@link SharedMemory} guards it.
 */
interface EvaluationStore {

    /** Returns whether {@code position} has an entry, copying its score and extra outputs into {@code hit}. */
    boolean lookup(int[] position, Memory.Hit hit);

    /** Returns whether {@code position} has an entry. */
    boolean contains(int[] position);

    /** Stores an entry and replaces any earlier one. {@code extras} is null when there are none. */
    void put(int[] position, double score, Map<String, Object> extras);

    /** Removes the entry of {@code position}, if any. */
    void remove(int[] position);

    /** Returns the number of entries. */
    int size();

    /** Returns a store keyed by {@code long} codes when the space allows it, else by position copies. */
    static EvaluationStore create(PositionCodec codec) {
        return codec.fitsInLong() ? new LongKeyedStore(codec) : new ArrayKeyedStore();
    }
}
