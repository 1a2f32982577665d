package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KernelVectorsTest {

    private static final int[] SIZES = {40, 1, 7, 25};
    private static final boolean[] CATEGORICAL = {false, false, true, false};

    @Test
    void covariancesMatchKernel() {
        MaternKernel kernel = kernel();
        TrainingData data = randomData(30, 5);
        KernelVectors vectors = new KernelVectors();
        vectors.reset(kernel);
        vectors.sync(data);
        double[] point = {0.3, 0.5, 4 / 6.0, 0.9};
        double[] covariances = new double[data.size()];

        vectors.covariances(point, 0, covariances);

        double[] x = data.normalizedPositions();
        for (int i = 0; i < data.size(); i++) {
            assertEquals(kernel.covariance(x, i * SIZES.length, point, 0), covariances[i], 1e-12, "observation " + i);
        }
    }

    @Test
    void syncAfterGrowthAddsRows() {
        MaternKernel kernel = kernel();
        TrainingData data = randomData(70, 6);
        KernelVectors vectors = new KernelVectors();
        vectors.reset(kernel);
        TrainingData early = randomData(3, 6);
        vectors.sync(early);
        vectors.sync(data);
        double[] covariances = new double[data.size()];
        double[] x = data.normalizedPositions();

        vectors.covariances(x, 69 * SIZES.length, covariances);

        assertEquals(kernel.signalVariance(), covariances[69], 1e-12);
        assertEquals(kernel.covariance(x, 0, x, 69 * SIZES.length), covariances[0], 1e-12);
    }

    @Test
    void pairDistancesGiveKernelMatrix() {
        MaternKernel kernel = kernel();
        TrainingData data = randomData(12, 7);
        int[] rows = {0, 2, 3, 5, 8, 11};
        PairDistances distances = new PairDistances();
        distances.compute(kernel, data.normalizedPositions(), SIZES.length, rows);
        double[][] matrix = new double[rows.length][rows.length];

        distances.kernelMatrix(kernel, matrix);

        double[] x = data.normalizedPositions();
        int n = rows.length;
        for (int i = 0; i < n; i++) {
            assertEquals(kernel.signalVariance() + kernel.noiseVariance(), matrix[i][i], 1e-12, "diagonal " + i);
            for (int j = i + 1; j < n; j++) {
                double expected = kernel.covariance(x, rows[i] * SIZES.length, x, rows[j] * SIZES.length);
                assertEquals(expected, matrix[i][j], 1e-12, "entry " + i + ", " + j);
            }
        }
    }

    private static MaternKernel kernel() {
        return MaternKernel.initial(SIZES, CATEGORICAL)
                .withLogParameters(new double[] {Math.log(0.3), Math.log(2), Math.log(0.7), Math.log(0.5), Math.log(1e-3)});
    }

    private static TrainingData randomData(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TrainingData data = new TrainingData(SIZES);
        for (int i = 0; i < count; i++) {
            int[] position = new int[SIZES.length];
            for (int d = 0; d < SIZES.length; d++) {
                position[d] = random.nextInt(SIZES[d]);
            }
            data.add(position, random.nextDouble());
        }
        return data;
    }
}
