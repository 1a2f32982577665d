package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NearestVarianceBoundTest {

    private static final int[] SIZES = {60, 60};
    private static final boolean[] NUMERIC = {false, false};
    private static final double[] NOISES = {1e-6, 1e-4, 1e-2, 0.3};

    /**
     * Half of the observations crowd around (40, 20), some on the same position, and half of the
     * candidates lie there too, so that nearly dependent observations and tiny variances occur.
     */
    @Test
    void boundsExactVariance() {
        for (long seed = 0; seed < 12; seed++) {
            for (double noise : NOISES) {
                GaussianProcess process = crowdedProcess(seed, 10 + (int) (seed % 6) * 18, noise);
                Candidates candidates = crowdedCandidates(400, seed);
                double[] mean = new double[400];
                double[] std = new double[400];
                process.predict(candidates, mean, std);
                int n = process.size();
                double[] k = new double[n];
                process.prepareBounds();

                for (int i = 0; i < 400; i++) {
                    process.covariances(candidates, i, k, 0);
                    for (int nearest = 1; nearest <= NearestVarianceBound.NEAREST; nearest++) {
                        double bound = process.varianceBound(k, 0, nearest);
                        assertTrue(bound >= std[i] * std[i], "seed " + seed + ", noise " + noise + ", candidate " + i
                                + ", nearest " + nearest + ": bound " + bound + ", variance " + std[i] * std[i]);
                    }
                }
            }
        }
    }

    /**
     * With large noise, many observations near a point each lower its variance a little, so the
     * variance given the nearest observations alone stays far above the exact one. The projection
     * keeps them all, and here its standard deviation is 1.14 times the exact one on average.
     */
    @Test
    void projectionIsTightUnderLargeNoise() {
        GaussianProcess process = crowdedProcess(3, 100, 0.3);
        Candidates candidates = crowdedCandidates(400, 3);
        double[] mean = new double[400];
        double[] std = new double[400];
        process.predict(candidates, mean, std);
        double[] k = new double[process.size()];
        process.prepareBounds();

        double ratios = 0;
        for (int i = 0; i < 400; i++) {
            process.covariances(candidates, i, k, 0);
            ratios += Math.sqrt(process.varianceBound(k, 0, NearestVarianceBound.NEAREST)) / std[i];
        }

        double meanRatio = ratios / 400;
        assertTrue(meanRatio < 1.2, "mean ratio of bound to exact standard deviation: " + meanRatio);
    }

    private static GaussianProcess crowdedProcess(long seed, int count, double noise) {
        SplittableRandom random = new SplittableRandom(seed);
        TrainingData data = new TrainingData(SIZES);
        for (int i = 0; i < count; i++) {
            int[] position = {random.nextInt(60), random.nextInt(60)};
            if (i > count / 2) {
                position[0] = 40 + random.nextInt(5);
                position[1] = 20 + random.nextInt(5);
            }
            data.add(position, -Math.pow(position[0] - 40, 2) - Math.pow(position[1] - 20, 2));
        }
        double[] targets = new double[count];
        data.normalizedScores(targets);
        double length = Math.log(0.05 + 0.1 * (seed % 5));
        MaternKernel kernel = MaternKernel.initial(SIZES, NUMERIC).withLogParameters(
                new double[] {length, length + seed % 3, Math.log(0.1 + seed % 4), Math.log(noise)});
        GaussianProcess process = new GaussianProcess(SIZES, NUMERIC, new SplittableRandom(seed));
        process.fixKernel(kernel);
        assertTrue(process.fit(data, targets), "seed " + seed);
        return process;
    }

    private static Candidates crowdedCandidates(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed + 100);
        Candidates candidates = new Candidates(SIZES, count);
        for (int i = 0; i < count; i++) {
            int[] position = candidates.next();
            boolean crowded = i % 2 == 0;
            position[0] = crowded ? 38 + random.nextInt(9) : random.nextInt(60);
            position[1] = crowded ? 18 + random.nextInt(9) : random.nextInt(60);
            candidates.commit();
        }
        return candidates;
    }
}
