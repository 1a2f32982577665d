package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TreeForestTest {

    @Test
    void extraTreesInterpolateTrainingPoints() {
        int n = 50;
        int[] x = new int[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = i;
            x[2 * i + 1] = (i * 13) % 50;
            y[i] = Math.sin(i);
        }
        TreeForest forest = TreeForest.extraTrees(20, Integer.MAX_VALUE);
        forest.fit(x, y, n, 2, new SplittableRandom(1));

        double[] prediction = new double[2];
        for (int i = 0; i < n; i++) {
            forest.predict(new int[] {x[2 * i], x[2 * i + 1]}, prediction);

            assertEquals(y[i], prediction[0], 1e-12);
            assertEquals(0.0, prediction[1], 1e-6);
        }
    }

    @Test
    void extraTreesAreUncertainBetweenClusters() {
        int n = 22;
        int[] x = new int[n];
        double[] y = new double[n];
        for (int i = 0; i < 11; i++) {
            x[i] = i;
            x[11 + i] = 90 + i;
            y[i] = 0;
            y[11 + i] = 1;
        }
        double[] atData = new double[2];
        double[] inGap = new double[2];
        TreeForest forest = TreeForest.extraTrees(50, Integer.MAX_VALUE);
        forest.fit(x, y, n, 1, new SplittableRandom(2));

        forest.predict(new int[] {3}, atData);
        forest.predict(new int[] {50}, inGap);

        assertTrue(inGap[1] > 0.3, "std in the gap: " + inGap[1]);
        assertEquals(0.0, atData[1], 1e-9);
    }

    @Test
    void randomForestFollowsSmoothFunction() {
        SplittableRandom random = new SplittableRandom(4);
        int n = 300;
        int[] x = new int[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = random.nextInt(100);
            x[2 * i + 1] = random.nextInt(100);
            y[i] = quadratic(x[2 * i], x[2 * i + 1]);
        }
        TreeForest forest = TreeForest.randomForest(30, Integer.MAX_VALUE);
        forest.fit(x, y, n, 2, random);

        double error = 0;
        double[] prediction = new double[2];
        for (int i = 0; i < 100; i++) {
            int a = random.nextInt(100);
            int b = random.nextInt(100);
            forest.predict(new int[] {a, b}, prediction);
            error += Math.abs(prediction[0] - quadratic(a, b));
        }
        assertTrue(error / 100 < 0.05, "mean absolute error " + error / 100 + " on a range of 1");
    }

    @Test
    void sameSeedGivesSameForest() {
        int[] x = CartBuilderTest.range(40);
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            y[i] = Math.cos(i / 3.0);
        }
        TreeForest first = TreeForest.randomForest(10, Integer.MAX_VALUE);
        TreeForest second = TreeForest.randomForest(10, Integer.MAX_VALUE);
        first.fit(x, y, 40, 1, new SplittableRandom(9));
        second.fit(x, y, 40, 1, new SplittableRandom(9));

        double[] a = new double[2];
        double[] b = new double[2];
        for (int p = -1; p < 42; p++) {
            first.predict(new int[] {p}, a);
            second.predict(new int[] {p}, b);
            assertArrayEquals(a, b);
        }
    }

    @Test
    void predictBeforeFitThrows() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TreeForest.extraTrees(5, 3).predict(new int[] {1}, new double[2]));

        assertEquals("the forest was not fitted", e.getMessage());
    }

    @Test
    void maxDepthAppliesToEveryTree() {
        int[] x = CartBuilderTest.range(100);
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            y[i] = i;
        }
        TreeForest forest = TreeForest.extraTrees(5, 1);
        forest.fit(x, y, 100, 1, new SplittableRandom(3));

        double[] low = new double[2];
        double[] high = new double[2];
        forest.predict(new int[] {0}, low);
        forest.predict(new int[] {99}, high);

        assertEquals(5, forest.fittedTreeCount());
        assertTrue(low[0] > 0, "a stump averages many points: " + low[0]);
        assertTrue(high[0] < 99, "a stump averages many points: " + high[0]);
    }

    @Test
    void batchMatchesSinglePredictions() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 120;
        int[] x = CartBuilderTest.randomMatrix(n, 3, 200, random);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble();
        }
        int count = 300;
        int[] columns = new int[3 * count];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = random.nextInt(200);
        }

        for (TreeForest forest : new TreeForest[] {TreeForest.extraTrees(10, Integer.MAX_VALUE),
                TreeForest.randomForest(10, Integer.MAX_VALUE), TreeForest.extraTrees(10, 2)}) {
            forest.fit(x, y, n, 3, random);
            double[] mean = new double[count];
            double[] std = new double[count];
            forest.predictBatch(columns, count, mean, std);

            double[] single = new double[2];
            for (int c = 0; c < count; c++) {
                forest.predict(new int[] {columns[c], columns[count + c], columns[2 * count + c]}, single);
                assertEquals(single[0], mean[c], "mean of candidate " + c);
                assertEquals(single[1], std[c], "std of candidate " + c);
            }
        }
    }

    @Test
    void refitMatchesFreshForest() {
        int[] x = CartBuilderTest.randomMatrix(90, 2, 60, new SplittableRandom(6));
        double[] y = new double[90];
        for (int i = 0; i < 90; i++) {
            y[i] = Math.cos(i / 4.0);
        }
        TreeForest reused = TreeForest.extraTrees(8, Integer.MAX_VALUE);
        reused.fit(x, y, 30, 2, new SplittableRandom(1));
        reused.fit(x, y, 90, 2, new SplittableRandom(2));
        TreeForest fresh = TreeForest.extraTrees(8, Integer.MAX_VALUE);
        fresh.fit(x, y, 90, 2, new SplittableRandom(2));

        double[] a = new double[2];
        double[] b = new double[2];
        for (int p = 0; p < 60; p++) {
            reused.predict(new int[] {p, 59 - p}, a);
            fresh.predict(new int[] {p, 59 - p}, b);
            assertArrayEquals(b, a, "position " + p);
        }
    }

    @Test
    void batchBeforeFitThrows() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TreeForest.randomForest(5, 3).predictBatch(new int[] {1}, 1, new double[1], new double[1]));

        assertEquals("the forest was not fitted", e.getMessage());
    }

    private static double quadratic(int a, int b) {
        double u = a / 99.0 - 0.3;
        double v = b / 99.0 - 0.6;
        return u * u + v * v;
    }
}
