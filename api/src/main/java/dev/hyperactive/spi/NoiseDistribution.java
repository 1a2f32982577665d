package dev.hyperactive.spi;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The distribution of the noise that a hill-climbing step adds to an index, under the names that
 * Gradient-Free-Optimizers uses for its {@code distribution} parameter.
 *
 * <p>Every distribution is centred on its location 0 and stretched by a scale {@code sigma}, with
 * the parameterization of NumPy's generator functions of the same name: {@code normal} has standard
 * deviation sigma, {@code laplace}, {@code logistic} and {@code gumbel} have scale sigma, and
 * {@code uniform} draws from {@code [-sigma, sigma)}. Gumbel noise is skewed (its mean is about
 * {@code 0.577 * sigma}), as in Gradient-Free-Optimizers.
 */
public enum NoiseDistribution {

    /** Gaussian noise with standard deviation sigma; the default. */
    NORMAL("normal") {
        @Override
        public double sample(RandomGenerator random, double sigma) {
            return random.nextGaussian() * sigma;
        }
    },

    /** Laplace (double exponential) noise with scale sigma. */
    LAPLACE("laplace") {
        @Override
        public double sample(RandomGenerator random, double sigma) {
            double u = openUnit(random);
            return u < 0.5 ? sigma * Math.log(2 * u) : -sigma * Math.log(2 * (1 - u));
        }
    },

    /** Logistic noise with scale sigma. */
    LOGISTIC("logistic") {
        @Override
        public double sample(RandomGenerator random, double sigma) {
            double u = openUnit(random);
            return sigma * Math.log(u / (1 - u));
        }
    },

    /** Gumbel (maximum extreme value) noise with scale sigma. */
    GUMBEL("gumbel") {
        @Override
        public double sample(RandomGenerator random, double sigma) {
            return -sigma * Math.log(-Math.log(openUnit(random)));
        }
    },

    /** Uniform noise on {@code [-sigma, sigma)}. */
    UNIFORM("uniform") {
        @Override
        public double sample(RandomGenerator random, double sigma) {
            return sigma * (2 * random.nextDouble() - 1);
        }
    };

    private final String label;

    NoiseDistribution(String label) {
        this.label = label;
    }

    /**
     * Draws one noise value.
     *
     * @param random the generator to draw from
     * @param sigma the scale, zero or more
     * @return a finite value unless {@code sigma} is infinite
     */
    public abstract double sample(RandomGenerator random, double sigma);

    /** Returns the parameter value that selects this distribution, for example {@code "normal"}. */
    public String label() {
        return label;
    }

    /** Returns the labels of all distributions in declaration order. */
    public static String[] labels() {
        NoiseDistribution[] all = values();
        String[] labels = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            labels[i] = all[i].label;
        }
        return labels;
    }

    /**
     * Returns the distribution with the given label.
     *
     * @throws IllegalArgumentException if no distribution has that label, with the labels in the
     *     message
     */
    public static NoiseDistribution fromLabel(String label) {
        Checks.notNull("distribution", label);
        for (NoiseDistribution distribution : values()) {
            if (distribution.label.equals(label.trim().toLowerCase(Locale.ROOT))) {
                return distribution;
            }
        }
        throw new IllegalArgumentException("distribution must be one of "
                + String.join(", ", labels()) + ": '" + label + "'");
    }

    @Override
    public String toString() {
        return label;
    }

    /** Draws from the open interval (0, 1), so that logarithms stay finite. */
    private static double openUnit(RandomGenerator random) {
        double u = random.nextDouble();
        while (u == 0.0) {
            u = random.nextDouble();
        }
        return u;
    }
}
