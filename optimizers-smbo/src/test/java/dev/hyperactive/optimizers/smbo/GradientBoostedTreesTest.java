package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GradientBoostedTreesTest {

    @Test
    void fitsStepFunction() {
        int[] x = CartBuilderTest.range(40);
        double[] y = new double[40];
        for (int i = 20; i < 40; i++) {
            y[i] = 1;
        }
        GradientBoostedTrees model = new GradientBoostedTrees(100, 3, 0.1);
        model.fit(x, y, 40, 1, new SplittableRandom(1));

        double[] prediction = new double[2];
        model.predict(new int[] {5}, prediction);
        assertEquals(0.0, prediction[0], 1e-3);
        assertEquals(0.0, prediction[1], 1e-3);
        model.predict(new int[] {30}, prediction);
        assertEquals(1.0, prediction[0], 1e-3);
    }

    @Test
    void moreStagesFitBetter() {
        SplittableRandom random = new SplittableRandom(2);
        int n = 200;
        int[] x = new int[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = random.nextInt(50);
            x[2 * i + 1] = random.nextInt(50);
            y[i] = Math.sin(x[2 * i] / 8.0) * Math.cos(x[2 * i + 1] / 5.0);
        }

        double few = trainingError(new GradientBoostedTrees(5, 3, 0.1), x, y, n);
        double many = trainingError(new GradientBoostedTrees(100, 3, 0.1), x, y, n);

        assertTrue(many < few / 4, "mean squared error with 5 stages " + few + ", with 100 stages " + many);
    }

    @Test
    void uncertaintyIsLeafResidual() {
        int[] x = {0, 0, 10, 10};
        double[] y = {0, 1, 5, 5};
        GradientBoostedTrees model = new GradientBoostedTrees(100, 3, 0.1);
        model.fit(x, y, 4, 1, new SplittableRandom(3));

        double[] noisy = new double[2];
        double[] exact = new double[2];
        model.predict(new int[] {0}, noisy);
        model.predict(new int[] {10}, exact);

        assertEquals(0.5, noisy[0], 1e-2);
        assertEquals(0.5, noisy[1], 1e-2);
        assertEquals(5.0, exact[0], 1e-2);
        assertEquals(0.0, exact[1], 1e-2);
    }

    @Test
    void predictBeforeFitThrows() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new GradientBoostedTrees(5, 3, 0.1).predict(new int[] {1}, new double[2]));

        assertEquals("the model was not fitted", e.getMessage());
    }

    @Test
    void batchMatchesSinglePredictions() {
        SplittableRandom random = new SplittableRandom(4);
        int n = 150;
        int[] x = CartBuilderTest.randomMatrix(n, 2, 5000, random);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(x[2 * i] / 700.0) + random.nextDouble() / 10;
        }
        GradientBoostedTrees model = new GradientBoostedTrees(20, 3, 0.1);
        model.fit(x, y, 60, 2, random);
        model.fit(x, y, n, 2, random);
        int count = 200;
        int[] columns = new int[2 * count];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = random.nextInt(5000);
        }
        double[] mean = new double[count];
        double[] std = new double[count];

        model.predictBatch(columns, count, mean, std);

        double[] single = new double[2];
        for (int c = 0; c < count; c++) {
            model.predict(new int[] {columns[c], columns[count + c]}, single);
            assertEquals(single[0], mean[c], "mean of candidate " + c);
            assertEquals(single[1], std[c], "std of candidate " + c);
        }
    }

    @Test
    void batchBeforeFitThrows() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new GradientBoostedTrees(5, 3, 0.1).predictBatch(new int[] {1}, 1, new double[1], new double[1]));

        assertEquals("the model was not fitted", e.getMessage());
    }

    private static double trainingError(GradientBoostedTrees model, int[] x, double[] y, int n) {
        model.fit(x, y, n, 2, new SplittableRandom(7));
        double[] prediction = new double[2];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            model.predict(new int[] {x[2 * i], x[2 * i + 1]}, prediction);
            sum += (prediction[0] - y[i]) * (prediction[0] - y[i]);
        }
        return sum / n;
    }
}
