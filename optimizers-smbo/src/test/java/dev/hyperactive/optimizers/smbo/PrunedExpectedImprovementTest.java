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
