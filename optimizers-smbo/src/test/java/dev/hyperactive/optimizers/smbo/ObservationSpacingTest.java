package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ObservationSpacingTest {

    @Test
    void distanceIsPerDimensionEuclidean() {
        TrainingData data = data(new int[] {11, 11}, new int[] {0, 0}, new int[] {3, 4}, new int[] {10, 10});
        ObservationSpacing spacing = new ObservationSpacing(data.dimensionSizes(), new boolean[2]);

        spacing.update(data);

        assertEquals(0.5 / Math.sqrt(2), spacing.nearest(0), 1e-12);
        assertEquals(0.5 / Math.sqrt(2), spacing.nearest(1), 1e-12);
        assertEquals(Math.hypot(0.7, 0.6) / Math.sqrt(2), spacing.nearest(2), 1e-12);
    }

    @Test
    void laterObservationsShortenEarlierDistances() {
        TrainingData data = data(new int[] {101}, new int[] {0}, new int[] {100});
        ObservationSpacing spacing = new ObservationSpacing(data.dimensionSizes(), new boolean[1]);
        spacing.update(data);

        data.add(new int[] {10}, 2);
        spacing.update(data);

        assertEquals(0.1, spacing.nearest(0), 1e-12);
        assertEquals(0.9, spacing.nearest(1), 1e-12);
        assertEquals(0.1, spacing.nearest(2), 1e-12);
    }

    @Test
    void samePositionIsNoNeighbour() {
        TrainingData data = data(new int[] {101}, new int[] {40}, new int[] {40}, new int[] {60});
        ObservationSpacing spacing = new ObservationSpacing(data.dimensionSizes(), new boolean[1]);

        spacing.update(data);

        assertEquals(0.2, spacing.nearest(0), 1e-12);
        assertEquals(0.2, spacing.nearest(1), 1e-12);
    }

    @Test
    void categoricalAndOneValueDimensionsAreLeftOut() {
        TrainingData data = data(new int[] {5, 1, 101}, new int[] {0, 0, 50}, new int[] {4, 0, 50});
        ObservationSpacing spacing = new ObservationSpacing(data.dimensionSizes(), new boolean[] {true, false, false});

        spacing.update(data);

        assertEquals(0.0, spacing.nearest(0));
        assertEquals(0.0, spacing.nearest(1));
    }

    private static TrainingData data(int[] sizes, int[]... positions) {
        TrainingData data = new TrainingData(sizes);
        for (int i = 0; i < positions.length; i++) {
            data.add(positions[i], i);
        }
        return data;
    }
}
