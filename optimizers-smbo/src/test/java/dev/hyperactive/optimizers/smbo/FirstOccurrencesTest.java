package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FirstOccurrencesTest {

    private static final int[] SIZES = {5, 4};

    @Test
    void keepsFirstOfRepeatedPositions() {
        Candidates candidates = batch(new int[][] {{1, 2}, {0, 0}, {1, 2}, {4, 3}, {0, 0}, {2, 1}});
        int[] target = new int[6];

        int distinct = new FirstOccurrences().find(candidates, target);

        assertEquals(4, distinct);
        assertArrayEquals(new int[] {0, 1, 3, 5}, Arrays.copyOf(target, distinct));
    }

    @Test
    void reusedTableForgetsEarlierBatch() {
        FirstOccurrences occurrences = new FirstOccurrences();
        int[] target = new int[20];
        occurrences.find(batch(new int[][] {{3, 3}, {3, 3}}), target);

        int distinct = occurrences.find(batch(new int[][] {{3, 3}, {1, 1}}), target);

        assertEquals(2, distinct);
    }

    @Test
    void everyPositionOfFullSpaceIsDistinct() {
        int[][] positions = new int[20][];
        for (int i = 0; i < 20; i++) {
            positions[i] = new int[] {i / 4, i % 4};
        }
        int[] target = new int[20];

        int distinct = new FirstOccurrences().find(batch(positions), target);

        assertEquals(20, distinct);
    }

    private static Candidates batch(int[][] positions) {
        Candidates candidates = new Candidates(SIZES, positions.length);
        for (int[] position : positions) {
            System.arraycopy(position, 0, candidates.next(), 0, position.length);
            candidates.commit();
        }
        return candidates;
    }
}
