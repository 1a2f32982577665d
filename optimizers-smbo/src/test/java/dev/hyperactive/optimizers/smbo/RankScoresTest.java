package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RankScoresTest {

    @Test
    void quantileInvertsDistributionFunction() {
        for (double z : new double[] {-4, -2.5, -1, 0, 0.3, 1.7, 3.9}) {
            assertEquals(z, ExpectedImprovement.quantile(ExpectedImprovement.cdf(z)), 1e-5, "z " + z);
        }
        assertEquals(0, ExpectedImprovement.quantile(0.5), 1e-12);
    }

    @Test
    void ranksIgnoreScaleAndOutliers() {
        TrainingData data = new TrainingData(new int[] {10});
        double[] scores = {-1e9, 3, 1, 2};
        for (int i = 0; i < scores.length; i++) {
            data.add(new int[] {i}, scores[i]);
        }
        double[] target = new double[4];

        double best = data.gaussianRankScores(target);

        assertEquals(ExpectedImprovement.quantile(0.125), target[0], 1e-12);
        assertEquals(ExpectedImprovement.quantile(0.875), target[1], 1e-12);
        assertEquals(ExpectedImprovement.quantile(0.375), target[2], 1e-12);
        assertEquals(ExpectedImprovement.quantile(0.625), target[3], 1e-12);
        assertEquals(target[1], best);
    }

    @Test
    void equalScoresShareRank() {
        TrainingData data = new TrainingData(new int[] {10});
        data.add(new int[] {0}, 5);
        data.add(new int[] {1}, 5);
        data.add(new int[] {2}, 1);
        double[] target = new double[3];

        data.gaussianRankScores(target);

        assertEquals(target[0], target[1]);
        assertEquals(ExpectedImprovement.quantile(2.0 / 3), target[0], 1e-12);
    }
}
