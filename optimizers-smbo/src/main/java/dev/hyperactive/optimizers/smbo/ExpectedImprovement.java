package dev.hyperactive.optimizers.smbo;

/**
 * Expected improvement over the best score, and the standard normal functions it needs.
 *
 * <p>With improvement {@code imp = mean - best - xi} and {@code z = imp / std}, the expected
 * improvement is {@code imp * Phi(z) + std * phi(z)}, and {@code max(imp, 0)} where {@code std = 0}.
 * Model-based runs compare candidates by its logarithm ({@link #logValue}), because the value itself
 * underflows to 0 for every candidate once the model is confident that none beats the best.
 */
final class ExpectedImprovement {

    private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    /** Below this z the asymptotic series replaces the direct formula. */
    private static final double ASYMPTOTIC_BELOW = -5;

    /** Below this probability, and above one minus it, {@link #quantile} uses its tail formula. */
    private static final double QUANTILE_TAIL = 0.02425;

    private static final double[] QA = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] QB = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] QC = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] QD = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};

    private ExpectedImprovement() {
    }

    /** Returns the expected improvement of a prediction over {@code best}. */
    static double value(double mean, double std, double best, double xi) {
        double improvement = mean - best - xi;
        if (!(std > 0)) {
            return Math.max(improvement, 0);
        }
        double z = improvement / std;
        return improvement * cdf(z) + std * pdf(z);
    }

    /**
     * Returns the natural logarithm of {@link #value}, finite wherever the expected improvement is
     * positive, and -inf where it is 0. For {@code z < -5} it uses the asymptotic expansion
     * {@code phi(z) / z^2 * (1 - 3 / z^2 + 15 / z^4)} of {@code z * Phi(z) + phi(z)}.
     */
    static double logValue(double mean, double std, double best, double xi) {
        double improvement = mean - best - xi;
        if (!(std > 0)) {
            return improvement > 0 ? Math.log(improvement) : Double.NEGATIVE_INFINITY;
        }

        double z = improvement / std;
        if (z >= ASYMPTOTIC_BELOW) {
            return Math.log(std) + Math.log(z * cdf(z) + pdf(z));
        }
        double inverseSquare = 1 / (z * z);
        double series = 1 - 3 * inverseSquare + 15 * inverseSquare * inverseSquare;
        return Math.log(std) - 0.5 * z * z - LOG_SQRT_TWO_PI + Math.log(inverseSquare) + Math.log(series);
    }

    /**
     * Returns an upper bound of {@link #logValue} that costs one logarithm instead of three where
     * {@code z < -5}: it leaves out the factor {@code 1 - 3 / z^2 + 15 / z^4} of the series, which
     * is below 1 there. Elsewhere it returns {@link #logValue}.
     */
    static double logValueBound(double mean, double std, double best, double xi) {
        double improvement = mean - best - xi;
        if (!(std > 0)) {
            return logValue(mean, std, best, xi);
        }
        double z = improvement / std;
        if (z >= ASYMPTOTIC_BELOW) {
            return logValue(mean, std, best, xi);
        }
        return Math.log(std / (z * z)) - 0.5 * z * z - LOG_SQRT_TWO_PI;
    }

    /** Returns the standard normal density at {@code z}. */
    static double pdf(double z) {
        return Math.exp(-0.5 * z * z - LOG_SQRT_TWO_PI);
    }

    /** Returns the standard normal distribution function at {@code z}, with a relative error below 1.2e-7. */
    static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /**
     * Returns the complementary error function, by the Chebyshev fit of Press et al., Numerical
     * Recipes (2nd ed., section 6.2), whose relative error is below 1.2e-7 everywhere.
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double polynomial = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        double value = t * Math.exp(polynomial);
        return x >= 0 ? value : 2 - value;
    }

    /**
     * Returns the standard normal quantile of {@code p} in (0, 1), by the rational approximation of
     * Peter J. Acklam, whose relative error is below 1.2e-9.
     */
    static double quantile(double p) {
        if (p < QUANTILE_TAIL) {
            return lowerTail(Math.sqrt(-2 * Math.log(p)));
        }
        if (p > 1 - QUANTILE_TAIL) {
            return -lowerTail(Math.sqrt(-2 * Math.log1p(-p)));
        }
        double q = p - 0.5;
        double r = q * q;
        double numerator = ((((QA[0] * r + QA[1]) * r + QA[2]) * r + QA[3]) * r + QA[4]) * r + QA[5];
        double denominator = ((((QB[0] * r + QB[1]) * r + QB[2]) * r + QB[3]) * r + QB[4]) * r + 1;
        return numerator * q / denominator;
    }

    private static double lowerTail(double q) {
        double numerator = ((((QC[0] * q + QC[1]) * q + QC[2]) * q + QC[3]) * q + QC[4]) * q + QC[5];
        double denominator = (((QD[0] * q + QD[1]) * q + QD[2]) * q + QD[3]) * q + 1;
        return numerator / denominator;
    }
}
