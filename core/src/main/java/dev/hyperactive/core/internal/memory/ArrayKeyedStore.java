package dev.hyperactive.core.internal.memory;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An {@link EvaluationStore} for spaces of 2^63 points or more, keyed by an immutable copy of the
 * position.
 */
final class ArrayKeyedStore implements EvaluationStore {

    private final Map<Key, Entry> entries = new HashMap<>();

    @Override
    public boolean contains(int[] position) {
        return entries.containsKey(Key.probe(position));
    }

    @Override
    public boolean lookup(int[] position, Memory.Hit hit) {
        Entry entry = entries.get(Key.probe(position));
        if (entry == null) {
            return false;
        }
        hit.set(entry.score, entry.extras);
        return true;
    }

    @Override
    public void put(int[] position, double score, Map<String, Object> extras) {
        entries.put(new Key(position.clone()), new Entry(score, extras));
    }

    @Override
    public void remove(int[] position) {
        entries.remove(Key.probe(position));
    }

    @Override
    public int size() {
        return entries.size();
    }

    private static final class Entry {

        final double score;
        final Map<String, Object> extras;

        Entry(double score, Map<String, Object> extras) {
            this.score = score;
            this.extras = extras;
        }
    }

    /** A position with its hash computed once. Stored keys own their array; probes only borrow it. */
    private static final class Key {

        private final int[] indices;
        private final int hash;

        private Key(int[] indices) {
            this.indices = indices;
            this.hash = Arrays.hashCode(indices);
        }

        static Key probe(int[] position) {
            return new Key(position);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).hash == hash && Arrays.equals(((Key) o).indices, indices);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
