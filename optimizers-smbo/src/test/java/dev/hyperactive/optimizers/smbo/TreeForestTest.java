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

    private static double quadratic(int a, int b) {
        double u = a / 99.0 - 0.3;
        double v = b / 99.0 - 0.6;
        return u * u + v * v;
    }
}
