package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CartBuilderTest {

    private static final CartBuilder.Settings BEST = new CartBuilder.Settings(Integer.MAX_VALUE, 1, 1, false);

    @Test
    void bestSplitFitsStepExactly() {
        int[] x = range(20);
        double[] y = new double[20];
        for (int i = 10; i < 20; i++) {
            y[i] = 1;
        }

        RegressionTree tree = new CartBuilder(x, 20, 1).fit(y, range(20), 20, BEST, new SplittableRandom(1));

        assertEquals(1, tree.depth());
        assertEquals(3, tree.nodeCount());
        assertEquals(0.0, tree.predict(new int[] {9}));
        assertEquals(1.0, tree.predict(new int[] {10}));
        assertEquals(0.0, tree.predict(new int[] {-5}));
        assertEquals(1.0, tree.predict(new int[] {500}));
    }

    @Test
    void wideValueRangeSplitsBySorting() {
        int[] x = {0, 10, 20, 1_000_000, 2_000_000};
        double[] y = {0, 0, 0, 1, 1};

        RegressionTree tree = new CartBuilder(x, 5, 1).fit(y, range(5), 5, BEST, new SplittableRandom(1));

        assertEquals(3, tree.nodeCount());
        assertEquals(0.0, tree.predict(new int[] {20}));
        assertEquals(1.0, tree.predict(new int[] {21}));
    }

    @Test
    void histogramAndSortFindSameSplits() {
        SplittableRandom random = new SplittableRandom(7);
        int[] narrow = new int[60];
        int[] wide = new int[60];
        double[] y = new double[60];
        for (int i = 0; i < 60; i++) {
            narrow[i] = random.nextInt(30);
            wide[i] = narrow[i] * 1000;
            y[i] = Math.sin(narrow[i] / 4.0);
        }

        RegressionTree byHistogram = new CartBuilder(narrow, 60, 1).fit(y, range(60), 60, BEST, new SplittableRandom(1));
        RegressionTree bySort = new CartBuilder(wide, 60, 1).fit(y, range(60), 60, BEST, new SplittableRandom(1));

        assertEquals(bySort.nodeCount(), byHistogram.nodeCount());
        for (int v = 0; v < 30; v++) {
            assertEquals(bySort.predict(new int[] {v * 1000}), byHistogram.predict(new int[] {v}), 1e-12, "value " + v);
        }
    }

    @Test
    void maxDepthLimitsTree() {
        int[] x = range(64);
        double[] y = new double[64];
        for (int i = 0; i < 64; i++) {
            y[i] = i * i;
        }
        CartBuilder.Settings settings = new CartBuilder.Settings(2, 1, 1, false);

        RegressionTree tree = new CartBuilder(x, 64, 1).fit(y, range(64), 64, settings, new SplittableRandom(1));

        assertEquals(2, tree.depth());
        assertEquals(7, tree.nodeCount());
    }

    @Test
    void everyLeafHoldsMinSamples() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 200;
        int[] x = new int[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = random.nextInt(1000);
            x[2 * i + 1] = random.nextInt(1000);
            y[i] = random.nextDouble();
        }
        for (boolean randomThresholds : new boolean[] {false, true}) {
            CartBuilder.Settings settings = new CartBuilder.Settings(Integer.MAX_VALUE, 5, 2, randomThresholds);

            RegressionTree tree = new CartBuilder(x, n, 2).fit(y, range(n), n, settings, random);

            int[] perLeaf = new int[tree.nodeCount()];
            for (int i = 0; i < n; i++) {
                perLeaf[tree.leaf(x, i, 2)]++;
            }
            for (int node = 0; node < perLeaf.length; node++) {
                if (tree.isLeaf(node)) {
                    assertTrue(perLeaf[node] >= 5, "leaf " + node + " holds " + perLeaf[node]);
                }
            }
        }
    }

    @Test
    void fullTreeInterpolatesDistinctPositions() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 300;
        int[] x = new int[3 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[3 * i] = i;
            x[3 * i + 1] = random.nextInt(50);
            x[3 * i + 2] = random.nextInt(50);
            y[i] = random.nextGaussian();
        }
        for (boolean randomThresholds : new boolean[] {false, true}) {
            CartBuilder.Settings settings = new CartBuilder.Settings(Integer.MAX_VALUE, 1, 3, randomThresholds);

            RegressionTree tree = new CartBuilder(x, n, 3).fit(y, range(n), n, settings, random);

            for (int i = 0; i < n; i++) {
                assertEquals(y[i], tree.value(tree.leaf(x, i, 3)), 1e-12, "row " + i);
            }
        }
    }

    @Test
    void randomThresholdSeparatesTwoValues() {
        int[] x = {10, 20};
        double[] y = {0, 1};
        CartBuilder.Settings settings = new CartBuilder.Settings(Integer.MAX_VALUE, 1, 1, true);

        for (long seed = 0; seed < 20; seed++) {
            RegressionTree tree = new CartBuilder(x, 2, 1).fit(y, range(2), 2, settings, new SplittableRandom(seed));

            assertEquals(0.0, tree.predict(new int[] {10}));
            assertEquals(1.0, tree.predict(new int[] {20}));
        }
    }

    @Test
    void constantFeaturesAreNotCounted() {
        int n = 10;
        int[] x = new int[3 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[3 * i] = 4;
            x[3 * i + 1] = i;
            x[3 * i + 2] = 7;
            y[i] = i < 5 ? -1 : 1;
        }
        CartBuilder.Settings settings = new CartBuilder.Settings(1, 1, 1, false);

        for (long seed = 0; seed < 10; seed++) {
            RegressionTree tree = new CartBuilder(x, n, 3).fit(y, range(n), n, settings, new SplittableRandom(seed));

            assertEquals(-1.0, tree.predict(new int[] {4, 2, 7}));
            assertEquals(1.0, tree.predict(new int[] {4, 8, 7}));
        }
    }

    @Test
    void repeatedRowsWeighLeafMean() {
        int[] x = {0, 1};
        double[] y = {0, 4};
        CartBuilder.Settings stump = new CartBuilder.Settings(0, 1, 1, false);

        int[] rows = {0, 0, 0, 1};

        RegressionTree tree = new CartBuilder(x, 2, 1).fit(y, rows, 4, stump, new SplittableRandom(1));

        assertEquals(1.0, tree.value(0));
        assertEquals(3.0, tree.variance(0), 1e-12);
    }

    @Test
    void equalTargetsGiveSingleLeaf() {
        int[] x = range(30);
        double[] y = new double[30];
        Arrays.fill(y, 2.5);

        RegressionTree tree = new CartBuilder(x, 30, 1).fit(y, range(30), 30, BEST, new SplittableRandom(1));

        assertEquals(1, tree.nodeCount());
        assertEquals(2.5, tree.predict(new int[] {3}));
    }

    @Test
    void rowLeavesMatchLeafLookup() {
        SplittableRandom random = new SplittableRandom(6);
        int n = 80;
        int[] x = randomMatrix(n, 3, 50, random);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble();
        }
        CartBuilder builder = new CartBuilder(x, n, 3);

        for (boolean randomThresholds : new boolean[] {false, true}) {
            CartBuilder.Settings settings = new CartBuilder.Settings(Integer.MAX_VALUE, 1, 3, randomThresholds);
            RegressionTree tree = builder.fit(y, range(n), n, settings, random);

            for (int i = 0; i < n; i++) {
                assertEquals(tree.leaf(x, i, 3), builder.rowLeaves()[i], "row " + i);
            }
        }
    }

    @Test
    void refitIntoTreeMatchesNewTree() {
        int n = 60;
        int[] x = randomMatrix(n, 2, 40, new SplittableRandom(7));
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(i);
        }
        CartBuilder.Settings settings = new CartBuilder.Settings(Integer.MAX_VALUE, 1, 2, true);
        RegressionTree reused = new CartBuilder(x, 10, 2).fit(y, range(10), 10, settings, new SplittableRandom(1));

        CartBuilder builder = new CartBuilder(x, 10, 2);
        builder.reset(x, n);
        builder.fit(reused, y, range(n), n, settings, new SplittableRandom(8));
        RegressionTree fresh = new CartBuilder(x, n, 2).fit(y, range(n), n, settings, new SplittableRandom(8));

        assertEquals(fresh.nodeCount(), reused.nodeCount());
        for (int a = 0; a < 40; a++) {
            for (int b = 0; b < 40; b++) {
                int[] position = {a, b};
                assertEquals(fresh.predict(position), reused.predict(position), "position " + a + ", " + b);
            }
        }
    }

    @Test
    void batchLeavesMatchSingleLookups() {
        SplittableRandom random = new SplittableRandom(9);
        int n = 100;
        int[] x = randomMatrix(n, 2, 1000, random);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble();
        }
        RegressionTree tree = new CartBuilder(x, n, 2).fit(y, range(n), n,
                new CartBuilder.Settings(Integer.MAX_VALUE, 1, 2, true), random);

        for (int span : new int[] {30, 1000}) {
            int count = 500;
            int[] columns = new int[2 * count];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = random.nextInt(span);
            }
            LeafLookup lookup = new LeafLookup();
            int[] leaves = lookup.prepare(columns, count);
            lookup.run(tree, columns, count);

            for (int c = 0; c < count; c++) {
                assertEquals(tree.leaf(new int[] {columns[c], columns[count + c]}), leaves[c], "span " + span);
            }
        }
    }

    static int[] randomMatrix(int rows, int dims, int size, SplittableRandom random) {
        int[] x = new int[rows * dims];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(size);
        }
        return x;
    }

    static int[] range(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }
}
