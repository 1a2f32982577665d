package dev.hyperactive.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.NoiseDistribution;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NoiseDistributionTest {

    private static final int DRAWS = 40_000;
    private static final double SIGMA = 2.0;

    @Test
    void labelsFollowGradientFreeOptimizers() {
        assertArrayEquals(new String[] {"normal", "laplace", "logistic", "gumbel", "uniform"},
                NoiseDistribution.labels());
        for (NoiseDistribution distribution : NoiseDistribution.values()) {
            assertEquals(distribution, NoiseDistribution.fromLabel(distribution.label()));
        }
    }

    @Test
    void unknownLabelListsKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NoiseDistribution.fromLabel("cauchy"));

        assertEquals("distribution must be one of normal, laplace, logistic, gumbel, uniform: 'cauchy'",
                e.getMessage());
    }

    @Test
    void normalHasStandardDeviationSigma() {
        double[] moments = moments(NoiseDistribution.NORMAL);

        assertEquals(0, moments[0], 0.05);
        assertEquals(SIGMA, Math.sqrt(moments[1]), 0.05);
    }

    @Test
    void laplaceHasMeanAbsoluteDeviationSigma() {
        SplittableRandom random = new SplittableRandom(2);
        double absolute = 0;
        for (int i = 0; i < DRAWS; i++) {
            absolute += Math.abs(NoiseDistribution.LAPLACE.sample(random, SIGMA));
        }

        assertEquals(0, moments(NoiseDistribution.LAPLACE)[0], 0.05);
        assertEquals(SIGMA, absolute / DRAWS, 0.05);
    }

    @Test
    void logisticHasScaleSigma() {
        double[] moments = moments(NoiseDistribution.LOGISTIC);

        assertEquals(0, moments[0], 0.06);
        assertEquals(SIGMA * Math.PI / Math.sqrt(3), Math.sqrt(moments[1]), 0.08);
    }

    @Test
    void gumbelIsSkewedByEulerGamma() {
        double[] moments = moments(NoiseDistribution.GUMBEL);

        assertEquals(0.5772 * SIGMA, moments[0], 0.05);
        assertEquals(SIGMA * Math.PI / Math.sqrt(6), Math.sqrt(moments[1]), 0.06);
    }

    @Test
    void uniformStaysWithinSigma() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < DRAWS; i++) {
            double x = NoiseDistribution.UNIFORM.sample(random, SIGMA);
            assertTrue(x >= -SIGMA, "uniform draw " + x);
            assertTrue(x < SIGMA, "uniform draw " + x);
        }

        assertEquals(SIGMA / Math.sqrt(3), Math.sqrt(moments(NoiseDistribution.UNIFORM)[1]), 0.03);
    }

    /** Returns the mean and variance of {@value #DRAWS} draws. */
    private static double[] moments(NoiseDistribution distribution) {
        SplittableRandom random = new SplittableRandom(1);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = distribution.sample(random, SIGMA);
            assertTrue(Double.isFinite(x), distribution + " draw " + x);
            sum += x;
            squares += x * x;
        }
        double mean = sum / DRAWS;
        return new double[] {mean, squares / DRAWS - mean * mean};
    }
}
