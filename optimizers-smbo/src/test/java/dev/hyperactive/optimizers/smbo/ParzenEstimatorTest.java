package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParzenEstimatorTest {

    @Test
    void densitySumsToOneOverGrid() {
        int[] sizes = {21};
        TrainingData data = data(sizes, new int[] {0}, new int[] {4}, new int[] {20});
        ParzenEstimator estimator = new ParzenEstimator(sizes, new boolean[1]);
        fit(estimator, data, CartBuilderTest.range(3), 3);

        double mass = 0;
        for (int i = 0; i < 21; i++) {
            mass += Math.exp(estimator.logDensity(new int[] {i})) / 20;
        }

        assertEquals(1.0, mass, 0.01);
    }

    @Test
    void categoricalKernelFavoursOwnCategory() {
        int[] sizes = {4};
        TrainingData data = data(sizes, new int[] {2});
        ParzenEstimator estimator = new ParzenEstimator(sizes, new boolean[] {true});
        fit(estimator, data, new int[] {0}, 1);

        double own = Math.exp(estimator.logDensity(new int[] {2}));
        double other = Math.exp(estimator.logDensity(new int[] {0}));

        assertEquals((0.75 + 0.0625 + 0.25) / 2, own, 1e-12);
        assertEquals((0.0625 + 0.25) / 2, other, 1e-12);
    }

    @Test
    void samplesConcentrateNearPoints() {
        int[] sizes = {1001};
        int[][] positions = new int[60][];
        for (int i = 0; i < 60; i++) {
            positions[i] = new int[] {700};
        }
        ParzenEstimator estimator = new ParzenEstimator(sizes, new boolean[1]);
        fit(estimator, data(sizes, positions), CartBuilderTest.range(60), 60);
        SplittableRandom random = new SplittableRandom(1);

        int near = 0;
        int[] sample = new int[1];
        for (int i = 0; i < 1000; i++) {
            estimator.sample(random, sample);
            near += Math.abs(sample[0] - 700) <= 50 ? 1 : 0;
        }

        assertEquals(1.0 / 61, estimator.bandwidth(0, 0), 1e-12);
        assertTrue(near > 900, "samples within 50 of the points: " + near);
    }

    @Test
    void bandwidthIsNearestNeighbourDistance() {
        int[] sizes = {1001};
        int[][] positions = new int[40][];
        for (int i = 0; i < 39; i++) {
            positions[i] = new int[] {i};
        }
        positions[39] = new int[] {600};
        ParzenEstimator estimator = new ParzenEstimator(sizes, new boolean[1]);
        fit(estimator, data(sizes, positions), CartBuilderTest.range(40), 40);

        assertEquals(0.562, estimator.bandwidth(39, 0), 1e-12);
        assertEquals(1.0 / 41, estimator.bandwidth(0, 0), 1e-12);
    }

    @Test
    void oneValueDimensionIsIgnored() {
        int[] sizes = {1, 11};
        TrainingData data = data(sizes, new int[] {0, 3}, new int[] {0, 8});
        ParzenEstimator estimator = new ParzenEstimator(sizes, new boolean[] {true, false});
        fit(estimator, data, CartBuilderTest.range(2), 2);
        SplittableRandom random = new SplittableRandom(2);

        int[] sample = new int[2];
        for (int i = 0; i < 100; i++) {
            estimator.sample(random, sample);
            assertEquals(0, sample[0]);
            assertTrue(sample[1] >= 0, "index " + sample[1]);
            assertTrue(sample[1] <= 10, "index " + sample[1]);
        }
        assertTrue(Double.isFinite(estimator.logDensity(new int[] {0, 5})));
        assertEquals(0.0, estimator.bandwidth(0, 0));
    }

    @Test
    void hundredDimensionsStayFinite() {
        int[] sizes = new int[100];
        Arrays.fill(sizes, 1000);
        int[] far = new int[100];
        int[] near = new int[100];
        Arrays.fill(near, 999);
        TrainingData data = data(sizes, near);
        ParzenEstimator estimator = new ParzenEstimator(sizes, new boolean[100]);
        fit(estimator, data, new int[] {0}, 1);

        double atPoint = estimator.logDensity(near);
        double atCorner = estimator.logDensity(far);

        assertTrue(Double.isFinite(atPoint), "log density at the point: " + atPoint);
        assertTrue(Double.isFinite(atCorner), "log density at the far corner: " + atCorner);
        assertTrue(atPoint > atCorner);
    }

    @Test
    void useBeforeFitThrows() {
        ParzenEstimator estimator = new ParzenEstimator(new int[] {5}, new boolean[1]);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> estimator.logDensity(new int[] {1}));

        assertEquals("the Parzen estimator was not fitted", e.getMessage());
    }

    private static void fit(ParzenEstimator estimator, TrainingData data, int[] rows, int count) {
        ObservationSpacing spacing = new ObservationSpacing(data.dimensionSizes(), new boolean[data.dimensions()]);
        spacing.update(data);
        estimator.fit(data, spacing, rows, count);
    }

    private static TrainingData data(int[] sizes, int[]... positions) {
        TrainingData data = new TrainingData(sizes);
        for (int i = 0; i < positions.length; i++) {
            data.add(positions[i], i);
        }
        return data;
    }
}
