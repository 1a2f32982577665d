package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.NoiseDistribution;
import java.util.random.RandomGenerator;

/**
 * A one-dimensional search for the maximum of a score along a line {@code origin + t * direction},
 * over {@code t} in {@code [-T, T]}. Powell's method runs one per direction.
 *
 * <p>The caller alternates {@link #nextStep()} and {@link #tell(double, double)}: it reports the
 * score of every step it takes, with negative infinity for a point that could not be evaluated. A search is over
 * when {@link #hasNext()} returns false. Implementations allocate nothing per step.
 */
abstract class LineSearch {

    /** The labels accepted by {@link #create(String, double, NoiseDistribution, RandomGenerator)}. */
    static final String GRID = "grid";
    static final String GOLDEN = "golden";
    static final String HILL_CLIMB = "hill_climb";

    /**
     * Creates the line search with the given label.
     *
     * @param epsilon the step size of {@value #HILL_CLIMB}, a fraction of {@code T}
     * @param distribution the noise of {@value #HILL_CLIMB}
     * @param random the generator {@value #HILL_CLIMB} draws from
     */
    static LineSearch create(String label, double epsilon, NoiseDistribution distribution, RandomGenerator random) {
        switch (label) {
            case GRID:
                return new Grid();
            case GOLDEN:
                return new GoldenSection();
            case HILL_CLIMB:
                return new HillClimb(epsilon, distribution, random);
            default:
                throw new IllegalArgumentException("line_search must be one of grid, golden, hill_climb: '"
                        + label + "'");
        }
    }

    /**
     * Starts a new search.
     *
     * @param maxStep {@code T}, at least 1
     * @param steps the number of steps, at least 1
     * @param originScore the score at {@code t = 0}, negative infinity if unknown
     */
    abstract void start(double maxStep, int steps, double originScore);

    /** Returns whether another step is left. */
    abstract boolean hasNext();

    /** Returns the next {@code t} to evaluate. */
    abstract double nextStep();

    /** Reports the score at {@code t}; negative infinity for a point without a finite score. */
    abstract void tell(double t, double score);

    /** Evenly spaced steps over {@code [-T, T]}, both ends included. */
    static final class Grid extends LineSearch {

        private double maxStep;
        private int steps;
        private int next;

        @Override
        void start(double maxStep, int steps, double originScore) {
            this.maxStep = maxStep;
            this.steps = steps;
            this.next = 0;
        }

        @Override
        boolean hasNext() {
            return next < steps;
        }

        @Override
        double nextStep() {
            int i = next++;
            return steps == 1 ? 0 : -maxStep + 2 * maxStep * i / (steps - 1);
        }

        @Override
        void tell(double t, double score) {
        }
    }

    /**
     * Golden-section search for a maximum: two inner points split the bracket in the golden ratio,
     * and each step drops the part beyond the worse one, so every step after the first two costs one
     * evaluation.
     */
    static final class GoldenSection extends LineSearch {

        private static final double RATIO = (Math.sqrt(5) - 1) / 2;

        private double low;
        private double high;
        private double lowerInner;
        private double upperInner;
        private double lowerScore;
        private double upperScore;
        private boolean lowerKnown;
        private boolean upperKnown;
        private int stepsLeft;

        @Override
        void start(double maxStep, int steps, double originScore) {
            low = -maxStep;
            high = maxStep;
            lowerInner = high - RATIO * (high - low);
            upperInner = low + RATIO * (high - low);
            lowerKnown = false;
            upperKnown = false;
            stepsLeft = steps;
        }

        @Override
        boolean hasNext() {
            return stepsLeft > 0;
        }

        @Override
        double nextStep() {
            stepsLeft--;
            return lowerKnown ? upperInner : lowerInner;
        }

        @Override
        void tell(double t, double score) {
            if (!lowerKnown) {
                lowerScore = score;
                lowerKnown = true;
            } else {
                upperScore = score;
                upperKnown = true;
            }
            if (lowerKnown && upperKnown) {
                narrow();
            }
        }

        private void narrow() {
            if (lowerScore > upperScore) {
                high = upperInner;
                upperInner = lowerInner;
                upperScore = lowerScore;
                lowerInner = high - RATIO * (high - low);
                lowerKnown = false;
            } else {
                low = lowerInner;
                lowerInner = upperInner;
                lowerScore = upperScore;
                upperInner = low + RATIO * (high - low);
                upperKnown = false;
            }
        }
    }

    /**
     * A hill climb along the line: each step is {@code t_current + noise} with noise of scale
     * {@code epsilon * T}, and {@code t_current} moves to a step that scores strictly higher. It
     * starts at the origin.
     */
    static final class HillClimb extends LineSearch {

        private final double epsilon;
        private final NoiseDistribution distribution;
        private final RandomGenerator random;
        private double sigma;
        private double currentStep;
        private double currentScore;
        private int stepsLeft;

        HillClimb(double epsilon, NoiseDistribution distribution, RandomGenerator random) {
            this.epsilon = epsilon;
            this.distribution = distribution;
            this.random = random;
        }

        @Override
        void start(double maxStep, int steps, double originScore) {
            sigma = epsilon * maxStep;
            currentStep = 0;
            currentScore = originScore;
            stepsLeft = steps;
        }

        @Override
        boolean hasNext() {
            return stepsLeft > 0;
        }

        @Override
        double nextStep() {
            stepsLeft--;
            return currentStep + distribution.sample(random, sigma);
        }

        @Override
        void tell(double t, double score) {
            if (score > currentScore) {
                currentStep = t;
                currentScore = score;
            }
        }
    }
}
