package dev.hyperactive.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Ports the boundary vectors of Gradient-Free-Optimizers' tests to index space: a dimension of 11
 * indices standing for its continuous one, a categorical of 3 and a discrete dimension of 5.
 */
class BoundaryTest {

    private final OptimizerContext context = OptimizerContext.builder(11, 3, 5).categorical(1).build();
    private final SplittableRandom random = new SplittableRandom(1);

    private int[] apply(Boundary boundary, double[] proposed, int[] current) {
        int[] target = new int[3];
        boundary.apply(proposed, current, context, random, target);
        return target;
    }

    @Test
    void clipClampsEveryDimension() {
        assertArrayEquals(new int[] {0, 2, 4}, apply(Boundary.CLIP, new double[] {-2, 20, 8}, new int[3]));
    }

    @Test
    void reflectMirrorsAtTheBounds() {
        assertArrayEquals(new int[] {8, 1, 3}, apply(Boundary.REFLECT, new double[] {12, 1, 5}, new int[3]));
        assertArrayEquals(new int[] {2, 1, 1}, apply(Boundary.REFLECT, new double[] {-2, 1, -1}, new int[3]));
    }

    @Test
    void reflectFoldsLargeOvershoots() {
        assertEquals(2, Boundary.REFLECT.apply(10, 5, 0, random));
        assertEquals(1, Boundary.REFLECT.apply(-7, 5, 0, random));
    }

    @Test
    void periodicWrapsOnlyOutsideCoordinates() {
        assertArrayEquals(new int[] {1, 1, 0}, apply(Boundary.PERIODIC, new double[] {12, 1, 5}, new int[3]));
        assertArrayEquals(new int[] {9, 1, 4}, apply(Boundary.PERIODIC, new double[] {-2, 1, -1}, new int[3]));
        assertArrayEquals(new int[] {10, 1, 4}, apply(Boundary.PERIODIC, new double[] {10, 1, 4}, new int[3]));
    }

    @Test
    void intermediateMovesHalfwayToTheBound() {
        int[] current = {6, 1, 2};

        assertArrayEquals(new int[] {8, 1, 3}, apply(Boundary.INTERMEDIATE, new double[] {12, 1, 5}, current));
        assertArrayEquals(new int[] {3, 1, 1}, apply(Boundary.INTERMEDIATE, new double[] {-2, 1, -1}, current));
    }

    @Test
    void randomDrawsOnlyOutsideCoordinates() {
        for (int i = 0; i < 100; i++) {
            int[] target = apply(Boundary.RANDOM, new double[] {3, 7, -4}, new int[3]);

            assertEquals(3, target[0]);
            assertEquals(2, target[1]);
            assertTrue(target[2] >= 0 && target[2] < 5, "index " + target[2]);
        }
    }

    @Test
    void categoricalIsAlwaysClipped() {
        assertEquals(0, apply(Boundary.PERIODIC, new double[] {0, -1, 0}, new int[3])[1]);
        assertEquals(2, apply(Boundary.REFLECT, new double[] {0, 4, 0}, new int[3])[1]);
    }

    @Test
    void oneValueDimensionStaysAtZero() {
        for (Boundary boundary : Boundary.values()) {
            assertEquals(0, boundary.apply(3.7, 1, 0, random), boundary.label());
            assertEquals(0, boundary.apply(-2, 1, 0, random), boundary.label());
        }
    }

    @Test
    void unknownLabelListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Boundary.fromLabel("bounce"));

        assertEquals("boundary must be one of clip, reflect, periodic, random, intermediate: 'bounce'",
                e.getMessage());
    }
}
