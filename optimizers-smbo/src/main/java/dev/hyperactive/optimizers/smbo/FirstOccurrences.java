package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;

/**
 * Finds the candidates of a batch whose position did not occur earlier in the batch, with an
 * open-addressing hash table of candidate indices that is reused from batch to batch.
 *
 * <p>Perturbations of the same few best observations often land on the same position, above all in
 * a space of few dimensions, and each copy would cost a prediction for nothing.
 */
final class FirstOccurrences {

    private int[] slots = new int[0];

    /**
     * Writes the indices of the first occurrence of each distinct position of {@code candidates} into
     * {@code target}, in increasing order, and returns their count.
     */
    int find(Candidates candidates, int[] target) {
        int count = candidates.size();
        int capacity = Integer.highestOneBit(Math.max(1, count) * 2) * 2;
        if (slots.length < capacity) {
            slots = new int[capacity];
        }
        Arrays.fill(slots, 0, capacity, -1);
        int mask = capacity - 1;

        int distinct = 0;
        for (int i = 0; i < count; i++) {
            int[] position = candidates.position(i);
            int slot = mix(Arrays.hashCode(position)) & mask;
            while (slots[slot] >= 0 && !Arrays.equals(candidates.position(slots[slot]), position)) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] < 0) {
                slots[slot] = i;
                target[distinct++] = i;
            }
        }
        return distinct;
    }

    /** Spreads the bits of a hash code, so that nearby positions fall into distant slots. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
