package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrunedExpectedImprovementTest {

    private static final int[] SIZES = {60, 60};
    private static final boolean[] NUMERIC = {false, false};

    @Test
    void meanAndBoundMatchPrediction() {
        GaussianProcess process = fittedProcess(40, 3);
        Candidates candidates = randomCandidates(500, 4);
        double[] mean = new double[500];
        double[] std = new double[500];
        double[] boundMean = new double[500];
        double[] bound = new double[500];

        process.predict(candidates, mean, std);
        int[] all = new int[500];
        for (int i = 0; i < 500; i++) {
            all[i] = i;
        }
        process.predictMeanAndBound(candidates, all, 500, boundMean, bound);

        for (int i = 0; i < 500; i++) {
            assertEquals(mean[i], boundMean[i], 1e-12, "mean of candidate " + i);
            assertTrue(bound[i] >= std[i], "candidate " + i + ": bound " + bound[i] + ", std " + std[i]);
        }
    }

    @Test
    void choosesCandidateOfFullRating() {
        for (long seed = 0; seed < 5; seed++) {
            GaussianProcess process = fittedProcess(15 + 10 * (int) seed, seed);
            Candidates candidates = randomCandidates(1000, seed + 100);
            double[] mean = new double[1000];
            double[] std = new double[1000];
            process.predict(candidates, mean, std);
            int expected = 0;
            double expectedRating = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < 1000; i++) {
                double rating = ExpectedImprovement.logValue(mean[i], std[i], 1, 0.03);
                if (rating > expectedRating) {
                    expected = i;
                    expectedRating = rating;
                }
            }
            double[] acquisition = new double[1000];

            new PrunedExpectedImprovement().rate(process, candidates, 1, 0.03, acquisition);

            int chosen = 0;
            for (int i = 1; i < 1000; i++) {
                chosen = acquisition[i] > acquisition[chosen] ? i : chosen;
            }
            assertEquals(expected, chosen, "seed " + seed);
            assertEquals(expectedRating, acquisition[chosen], 1e-9, "seed " + seed);
        }
    }

    /**
     * A large fitted noise and observations crowded near the optimum leave every candidate deep in
     * the tail of the posterior, where a loose bound would send most of them to the exact
     * prediction.
     */
    @Test
    void choosesCandidateOfFullRatingUnderLargeNoise() {
        for (long seed = 0; seed < 5; seed++) {
            GaussianProcess process = crowdedProcess(100, seed);
            Candidates candidates = randomCandidates(1000, seed + 200);
            double[] mean = new double[1000];
            double[] std = new double[1000];
            process.predict(candidates, mean, std);
            int expected = 0;
            double expectedRating = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < 1000; i++) {
                double rating = ExpectedImprovement.logValue(mean[i], std[i], 1, 0.03);
                if (rating > expectedRating) {
                    expected = i;
                    expectedRating = rating;
                }
            }
            double[] acquisition = new double[1000];
            PrunedExpectedImprovement pruned = new PrunedExpectedImprovement();

            pruned.rate(process, candidates, 1, 0.03, acquisition);

            int chosen = 0;
            for (int i = 1; i < 1000; i++) {
                chosen = acquisition[i] > acquisition[chosen] ? i : chosen;
            }
            assertEquals(expected, chosen, "seed " + seed);
            assertEquals(expectedRating, acquisition[chosen], 1e-9, "seed " + seed);
            assertTrue(pruned.exactCount() < 200, "seed " + seed + ": " + pruned.exactCount() + " exact predictions");
        }
    }

    @Test
    void logValueBoundIsAtLeastLogValue() {
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 10_000; i++) {
            double mean = random.nextDouble(-3, 1.5);
            double std = Math.exp(random.nextDouble(-8, 1));
            double exact = ExpectedImprovement.logValue(mean, std, 1, 0.03);
            double bound = ExpectedImprovement.logValueBound(mean, std, 1, 0.03);
            assertTrue(bound >= exact, "mean " + mean + ", std " + std + ": bound " + bound + ", exact " + exact);
            assertTrue(bound - exact < 0.2, "mean " + mean + ", std " + std + ": bound " + bound + ", exact " + exact);
        }
    }

    /** Returns a process with noise 0.3 fitted to observations of which the later half crowd near the optimum. */
    private static GaussianProcess crowdedProcess(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TrainingData data = new TrainingData(SIZES);
        for (int i = 0; i < count; i++) {
            int[] position = {random.nextInt(60), random.nextInt(60)};
            if (i > count / 2) {
                position[0] = 37 + random.nextInt(7);
                position[1] = 17 + random.nextInt(7);
            }
            data.add(position, -Math.pow(position[0] - 40, 2) - Math.pow(position[1] - 20, 2));
        }
        double[] targets = new double[count];
        data.normalizedScores(targets);
        GaussianProcess process = new GaussianProcess(SIZES, NUMERIC, new SplittableRandom(seed));
        process.fixKernel(MaternKernel.initial(SIZES, NUMERIC).withLogParameters(
                new double[] {Math.log(0.3), Math.log(0.5), Math.log(1), Math.log(0.3)}));
        assertTrue(process.fit(data, targets));
        return process;
    }

    private static GaussianProcess fittedProcess(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TrainingData data = new TrainingData(SIZES);
        for (int i = 0; i < count; i++) {
            int[] position = {random.nextInt(60), random.nextInt(60)};
            data.add(position, -Math.pow(position[0] - 40, 2) - Math.pow(position[1] - 20, 2));
        }
        double[] targets = new double[count];
        data.normalizedScores(targets);
        GaussianProcess process = new GaussianProcess(SIZES, NUMERIC, new SplittableRandom(seed));
        assertTrue(process.fit(data, targets));
        return process;
    }

    private static Candidates randomCandidates(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Candidates candidates = new Candidates(SIZES, count);
        for (int i = 0; i < count; i++) {
            int[] position = candidates.next();
            position[0] = random.nextInt(60);
            position[1] = random.nextInt(60);
            candidates.commit();
        }
        return candidates;
    }
}
