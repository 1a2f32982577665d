package dev.hyperactive.optimizers.smbo;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The set of positions a run has evaluated, for {@code replacement = false}.
 *
 * <p>When the space has fewer than 2^63 points, a position is stored as its mixed-radix code (first
 * dimension most significant) in an open-addressing set of primitive longs. Otherwise it is stored
 * as a copy of its indices. Memory grows with the number of evaluations, never with the space size.
 */
final class EvaluatedPositions {

    private static final BigInteger LONG_LIMIT = BigInteger.ONE.shiftLeft(63);

    private final int[] sizes;
    private final BigInteger spaceSize;
    private final LongSet codes;
    private final Set<IndexKey> keys;

    /** Creates an empty set for a space with the given dimension sizes. */
    EvaluatedPositions(int[] sizes) {
        this.sizes = sizes.clone();
        this.spaceSize = spaceSize(sizes);
        if (spaceSize.compareTo(LONG_LIMIT) < 0) {
            this.codes = new LongSet();
            this.keys = null;
        } else {
            this.codes = null;
            this.keys = new HashSet<>();
        }
    }

    /** Returns the number of points of a space, the product of its dimension sizes. */
    static BigInteger spaceSize(int[] sizes) {
        BigInteger size = BigInteger.ONE;
        for (int s : sizes) {
            size = size.multiply(BigInteger.valueOf(s));
        }
        return size;
    }

    /** Returns the number of points of the space. */
    BigInteger spaceSize() {
        return spaceSize;
    }

    /** Adds {@code position}; returns whether it was new. */
    boolean add(int[] position) {
        if (codes != null) {
            return codes.add(code(position));
        }
        return keys.add(new IndexKey(position.clone()));
    }

    /** Returns whether {@code position} was added before. */
    boolean contains(int[] position) {
        if (codes != null) {
            return codes.contains(code(position));
        }
        return keys.contains(new IndexKey(position));
    }

    /** Returns the number of distinct positions added. */
    long size() {
        return codes != null ? codes.size() : keys.size();
    }

    /** Returns whether every point of the space was added. */
    boolean coversSpace() {
        return BigInteger.valueOf(size()).compareTo(spaceSize) >= 0;
    }

    private long code(int[] position) {
        long code = 0;
        for (int d = 0; d < sizes.length; d++) {
            code = code * sizes[d] + position[d];
        }
        return code;
    }

    /** A position as a hash key; it does not copy the array, so callers pass a copy when storing. */
    private static final class IndexKey {

        private final int[] indices;
        private final int hash;

        IndexKey(int[] indices) {
            this.indices = indices;
            this.hash = Arrays.hashCode(indices);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IndexKey && Arrays.equals(((IndexKey) o).indices, indices);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * An open-addressing hash set of non-negative longs with linear probing. Codes of a space of
     * fewer than 2^63 points are never negative, so -1 marks an empty slot.
     */
    private static final class LongSet {

        private static final long EMPTY = -1;

        private long[] slots = filled(16);
        private int size;

        boolean add(long value) {
            if ((size + 1) * 2 > slots.length) {
                rehash();
            }
            int slot = find(slots, value);
            if (slots[slot] == value) {
                return false;
            }
            slots[slot] = value;
            size++;
            return true;
        }

        boolean contains(long value) {
            return slots[find(slots, value)] == value;
        }

        int size() {
            return size;
        }

        private static int find(long[] table, long value) {
            int mask = table.length - 1;
            int slot = (int) mix(value) & mask;
            while (table[slot] != EMPTY && table[slot] != value) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void rehash() {
            long[] larger = filled(slots.length * 2);
            for (long value : slots) {
                if (value != EMPTY) {
                    larger[find(larger, value)] = value;
                }
            }
            slots = larger;
        }

        private static long mix(long value) {
            long z = value * 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            return z ^ (z >>> 31);
        }

        private static long[] filled(int length) {
            long[] table = new long[length];
            Arrays.fill(table, EMPTY);
            return table;
        }
    }
}
