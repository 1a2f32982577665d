package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianProcessTest {

    private static final int[] LINE = {5};
    private static final boolean[] NUMERIC = {false};

    @Test
    void posteriorMatchesDirectFormulaInOneDimension() {
        MaternKernel kernel = MaternKernel.initial(LINE, NUMERIC)
                .withLogParameters(new double[] {Math.log(0.4), Math.log(0.2), Math.log(1e-3)});
        TrainingData data = new TrainingData(LINE);
        double[] targets = {0.0, 1.0, 0.25};
        int[] indices = {0, 2, 4};
        for (int i = 0; i < 3; i++) {
            data.add(new int[] {indices[i]}, targets[i]);
        }
        GaussianProcess process = new GaussianProcess(LINE, NUMERIC, new SplittableRandom(1));
        process.fixKernel(kernel);

        assertTrue(process.fit(data, targets));
        double[] prediction = process.predictAt(new double[] {0.25});

        double[] expected = directPosterior(kernel, new double[] {0, 0.5, 1}, targets, 0.25);
        assertEquals(expected[0], prediction[0], 1e-9, "mean");
        assertEquals(expected[1], prediction[1], 1e-9, "standard deviation");
    }

    @Test
    void posteriorInterpolatesTrainingPoints() {
        TrainingData data = new TrainingData(LINE);
        double[] targets = {0.0, 1.0, 0.25};
        data.add(new int[] {0}, 0.0);
        data.add(new int[] {2}, 1.0);
        data.add(new int[] {4}, 0.25);
        GaussianProcess process = new GaussianProcess(LINE, NUMERIC, new SplittableRandom(1));
        process.fixKernel(MaternKernel.initial(LINE, NUMERIC));

        process.fit(data, targets);

        double[] atBest = process.predictAt(new double[] {0.5});
        assertEquals(1.0, atBest[0], 0.01);
        assertTrue(atBest[1] < 0.01, "std at a training point: " + atBest[1]);
        double between = process.predictAt(new double[] {0.75})[1];
        assertTrue(between > 2 * atBest[1], "std between points " + between + ", at a point " + atBest[1]);
    }

    @Test
    void blockPredictionMatchesSinglePrediction() {
        int[] sizes = {30, 30};
        boolean[] numeric = {false, false};
        SplittableRandom random = new SplittableRandom(4);
        TrainingData data = new TrainingData(sizes);
        for (int i = 0; i < 25; i++) {
            int[] position = {random.nextInt(30), random.nextInt(30)};
            data.add(position, Math.sin(position[0] / 5.0) + position[1] / 30.0);
        }
        double[] targets = new double[25];
        data.normalizedScores(targets);
        GaussianProcess process = new GaussianProcess(sizes, numeric, new SplittableRandom(2));
        assertTrue(process.fit(data, targets));
        Candidates candidates = new Candidates(sizes, 300);
        for (int i = 0; i < 300; i++) {
            int[] position = candidates.next();
            position[0] = random.nextInt(30);
            position[1] = random.nextInt(30);
            candidates.commit();
        }
        double[] mean = new double[300];
        double[] std = new double[300];

        process.predict(candidates, mean, std);

        for (int i = 0; i < 300; i += 37) {
            int[] position = candidates.position(i);
            double[] single = process.predictAt(new double[] {position[0] / 29.0, position[1] / 29.0});
            assertEquals(single[0], mean[i], 1e-9, "mean of candidate " + i);
            assertEquals(single[1], std[i], 1e-9, "std of candidate " + i);
        }
    }

    @Test
    void predictionFromCovarianceRowsMatchesPrediction() {
        int[] sizes = {40, 40};
        boolean[] numeric = {false, false};
        SplittableRandom random = new SplittableRandom(6);
        TrainingData data = new TrainingData(sizes);
        for (int i = 0; i < 30; i++) {
            int[] position = {random.nextInt(40), random.nextInt(40)};
            data.add(position, Math.cos(position[0] / 6.0) - position[1] / 40.0);
        }
        double[] targets = new double[30];
        data.normalizedScores(targets);
        GaussianProcess process = new GaussianProcess(sizes, numeric, new SplittableRandom(1));
        assertTrue(process.fit(data, targets));
        Candidates candidates = new Candidates(sizes, 50);
        for (int i = 0; i < 50; i++) {
            int[] position = candidates.next();
            position[0] = random.nextInt(40);
            position[1] = random.nextInt(40);
            candidates.commit();
        }
        double[] mean = new double[50];
        double[] std = new double[50];
        process.predict(candidates, mean, std);
        int n = process.size();
        double[] rows = new double[50 * n];
        int[] selected = new int[50];
        for (int i = 0; i < 50; i++) {
            process.covariances(candidates, i, rows, i * n);
            selected[i] = 49 - i;
        }
        double[] fromRows = new double[50];

        process.predictStd(rows, selected, 50, fromRows);

        for (int i = 0; i < 50; i++) {
            assertEquals(mean[i], process.mean(rows, i * n), 0.0, "mean of candidate " + i);
            assertEquals(std[i], fromRows[i], 0.0, "std of candidate " + i);
        }
    }

    @Test
    void likelihoodFitImprovesLikelihood() {
        int[] sizes = {101, 101};
        SplittableRandom random = new SplittableRandom(8);
        TrainingData data = new TrainingData(sizes);
        for (int i = 0; i < 40; i++) {
            int[] position = {random.nextInt(101), random.nextInt(101)};
            double x = position[0] / 100.0;
            double y = position[1] / 100.0;
            data.add(position, Math.sin(12 * x) - (y - 0.3) * (y - 0.3));
        }
        double[] targets = new double[40];
        data.normalizedScores(targets);
        double centre = 0;
        for (double t : targets) {
            centre += t / 40;
        }
        int[] rows = new int[40];
        double[] centred = new double[40];
        for (int i = 0; i < 40; i++) {
            rows[i] = i;
            centred[i] = targets[i] - centre;
        }
        MaternKernel start = MaternKernel.initial(sizes, new boolean[2]);
        KernelFit fit = new KernelFit(new SplittableRandom(3));

        MaternKernel fitted = fit.fit(start, data, targets, centre, false);

        double before = fit.logLikelihood(start, data.normalizedPositions(), 2, rows, centred);
        double after = fit.logLikelihood(fitted, data.normalizedPositions(), 2, rows, centred);
        assertTrue(after > before + 1, "log likelihood before " + before + ", after " + after);
        assertTrue(fitted.logParameters()[0] < fitted.logParameters()[1],
                "x varies faster than y, so its length scale is shorter: " + java.util.Arrays.toString(fitted.logParameters()));
    }

    @Test
    void categoricalDistanceIgnoresCategoryOrder() {
        MaternKernel kernel = MaternKernel.initial(new int[] {5}, new boolean[] {true});

        double near = kernel.covariance(new double[] {0.0}, 0, new double[] {0.25}, 0);
        double far = kernel.covariance(new double[] {0.0}, 0, new double[] {1.0}, 0);

        assertEquals(near, far, 0.0);
        assertEquals(kernel.signalVariance(), kernel.covariance(new double[] {0.5}, 0, new double[] {0.5}, 0), 0.0);
    }

    @Test
    void expectedImprovementMatchesKnownValues() {
        assertEquals(0.8413447, ExpectedImprovement.cdf(1), 1e-7);
        assertEquals(0.0227501, ExpectedImprovement.cdf(-2), 1e-7);
        assertEquals(0.3989423, ExpectedImprovement.pdf(0), 1e-7);
        assertEquals(0.3989423, ExpectedImprovement.value(1.0, 1.0, 1.0, 0.0), 1e-7);
        assertEquals(0.5, ExpectedImprovement.value(1.5, 0.0, 1.0, 0.0), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, ExpectedImprovement.logValue(0.5, 0.0, 1.0, 0.03));
        double direct = ExpectedImprovement.value(0.2, 0.1, 1.0, 0.03);
        assertEquals(Math.log(direct), ExpectedImprovement.logValue(0.2, 0.1, 1.0, 0.03), 0.01);
        assertTrue(ExpectedImprovement.logValue(0.0, 0.01, 1.0, 0.03) > ExpectedImprovement.logValue(0.0, 0.005, 1.0, 0.03));
    }

    /** Returns mean and std of the noise-free posterior at x by solving the 3 x 3 system directly. */
    private static double[] directPosterior(MaternKernel kernel, double[] xs, double[] ys, double x) {
        int n = xs.length;
        double centre = (ys[0] + ys[1] + ys[2]) / 3;
        double[][] a = new double[n][n + 2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = kernel.covariance(xs, i, xs, j) + (i == j ? kernel.noiseVariance() : 0);
            }
            a[i][n] = ys[i] - centre;
            a[i][n + 1] = kernel.covariance(xs, i, new double[] {x}, 0);
        }
        for (int p = 0; p < n; p++) {
            for (int r = 0; r < n; r++) {
                if (r != p) {
                    double factor = a[r][p] / a[p][p];
                    for (int c = 0; c < n + 2; c++) {
                        a[r][c] -= factor * a[p][c];
                    }
                }
            }
        }
        double mean = centre;
        double variance = kernel.signalVariance();
        for (int i = 0; i < n; i++) {
            double kStar = kernel.covariance(xs, i, new double[] {x}, 0);
            mean += kStar * a[i][n] / a[i][i];
            variance -= kStar * a[i][n + 1] / a[i][i];
        }
        return new double[] {mean, Math.sqrt(variance)};
    }
}
