package dev.hyperactive.core.internal.memory;

import java.util.Map;

/**
 * Scores and extra outputs by position. Not thread-safe: {@link SharedMemory} guards it.
 */
interface EvaluationStore {

    /** Returns whether {@code position} has an entry. */
    boolean contains(int[] position);

    /** Returns the score of a position that {@link #contains(int[])} reports. */
    double score(int[] position);

    /** Returns the extra outputs of a stored position, or null when it has none. */
    Map<String, Object> extras(int[] position);

    /** Stores an entry, replacing any earlier one. */
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
