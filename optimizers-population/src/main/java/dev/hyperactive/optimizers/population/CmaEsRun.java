package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/**
 * One run of CMA-ES, following {@link CmaEsOptimizer}: it proposes the samples of a generation one at a
 * time and updates the distribution when the score of the last one arrives.
 */
final class CmaEsRun extends AbstractAskTellOptimizer {

    /** How often a sample outside the space is drawn again before the boundary rule applies. */
    static final int RESAMPLES = 100;

    private final CmaEsOptimizer spec;
    private final Boundary boundary;
    private final Moves moves;
    private final RandomGenerator random;
    private final int dimensionCount;

    /** The dimensions with more than one value, which the distribution covers. */
    private final int[] searched;
    private final double[] lastIndex;
    private final boolean[] categorical;
    private final CmaEsDistribution distribution;

    private int lambda;
    private int mu;
    private double[][] samples;
    private double[] scores;
    private int[] order;
    private int filled;
    private int restarts;

    /** The best finite score of the current restart, and how many generations did not raise it. */
    private double restartBest = Double.NEGATIVE_INFINITY;
    private int stagnantGenerations;

    CmaEsRun(CmaEsOptimizer spec, OptimizerContext context) {
        super(context);
        this.spec = spec;
        this.boundary = spec.boundary();
        this.moves = new Moves(context);
        this.random = context.random();
        this.dimensionCount = context.dimensionCount();

        int count = 0;
        for (int d = 0; d < dimensionCount; d++) {
            count += context.dimensionSize(d) > 1 ? 1 : 0;
        }
        this.searched = new int[count];
        this.lastIndex = new double[count];
        this.categorical = new boolean[count];
        for (int d = 0, k = 0; d < dimensionCount; d++) {
            if (context.dimensionSize(d) > 1) {
                searched[k] = d;
                lastIndex[k] = context.dimensionSize(d) - 1;
                categorical[k] = context.isCategorical(d);
                k++;
            }
        }

        this.distribution = count == 0 ? null : new CmaEsDistribution(count);
        this.lambda = spec.population().orElse(defaultPopulation(count));
        this.mu = spec.mu().orElse(lambda / 2);
        if (mu > lambda) {
            throw new IllegalArgumentException("mu must not exceed the population: " + mu + " > " + lambda
                    + ", the automatic population of " + count + " dimensions; set population as well");
        }
    }

    /** Returns Hansen's default population {@code 4 + floor(3 ln n)} for {@code n} dimensions, at least 4. */
    static int defaultPopulation(int n) {
        return n <= 1 ? 4 : 4 + (int) Math.floor(3 * Math.log(n));
    }

    @Override
    protected void finishInitialization() {
        if (distribution == null) {
            return;
        }
        double[] start = new double[searched.length];
        scale(hasBest() ? bestPosition() : moves.validRandomPosition(), start);
        startGeneration(start);
    }

    @Override
    protected int[] propose() {
        int[] position = new int[dimensionCount];
        if (distribution == null) {
            return position;
        }

        double[] sample = samples[filled];
        for (int attempt = 0; attempt < Moves.MOVE_TRIES; attempt++) {
            drawInside(sample);
            toPosition(sample, position);
            if (context().satisfiesConstraints(position)) {
                return position;
            }
        }
        int[] fallback = moves.validRandomPosition();
        scale(fallback, sample);
        return fallback;
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        if (distribution == null) {
            return;
        }
        scores[filled] = score;
        filled++;
        if (filled == lambda) {
            endGeneration();
        }
    }

    /** Returns the number of samples per generation, which IPOP restarts double. Used by tests. */
    int lambda() {
        return lambda;
    }

    /** Returns the number of IPOP restarts so far. Used by tests. */
    int restarts() {
        return restarts;
    }

    /** Returns the distribution, or null when no dimension has more than one value. Used by tests. */
    CmaEsDistribution distribution() {
        return distribution;
    }

    private void startGeneration(double[] start) {
        distribution.restart(start, spec.sigma(), lambda, mu);
        samples = new double[lambda][searched.length];
        scores = new double[lambda];
        order = new int[lambda];
        filled = 0;
        restartBest = Double.NEGATIVE_INFINITY;
        stagnantGenerations = 0;
    }

    private void endGeneration() {
        rankSamples();
        distribution.update(samples, order);
        filled = 0;

        double generationBest = scores[order[0]];
        if (Double.isFinite(generationBest) && generationBest > restartBest) {
            restartBest = generationBest;
            stagnantGenerations = 0;
        } else {
            stagnantGenerations++;
        }
        if (spec.ipopRestart() && stagnantGenerations >= 10 + (int) (30.0 * searched.length / lambda)) {
            restartLarger();
        }
    }

    /** Restarts at a uniform random mean with twice the population, up to the maximum. */
    private void restartLarger() {
        restarts++;
        lambda = Math.min(2 * lambda, CmaEsOptimizer.MAX_POPULATION);
        mu = spec.mu().isPresent() ? Math.min(spec.mu().getAsInt(), lambda) : lambda / 2;
        double[] start = new double[searched.length];
        for (int k = 0; k < start.length; k++) {
            start[k] = random.nextDouble();
        }
        startGeneration(start);
    }

    /** Sorts the sample indices by score, best first, with NaN and infinite scores last; stable. */
    private void rankSamples() {
        for (int i = 0; i < lambda; i++) {
            int j = i;
            while (j > 0 && Population.isBetter(scores[i], scores[order[j - 1]])) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
    }

    /**
     * Draws samples until one rounds to an index inside the space in every dimension, up to
     * {@value #RESAMPLES} times, and keeps the last one.
     */
    private void drawInside(double[] sample) {
        for (int draw = 0; draw < RESAMPLES; draw++) {
            distribution.sample(random, sample);
            if (isInside(sample)) {
                return;
            }
        }
    }

    private boolean isInside(double[] sample) {
        for (int k = 0; k < sample.length; k++) {
            double index = sample[k] * lastIndex[k];
            if (!(index >= -0.5 && index <= lastIndex[k] + 0.5)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the scaled coordinates of {@code position} into {@code target}. */
    private void scale(int[] position, double[] target) {
        for (int k = 0; k < searched.length; k++) {
            target[k] = position[searched[k]] / lastIndex[k];
        }
    }

    /** Writes the position of a scaled sample, brought inside the space by the boundary rule. */
    private void toPosition(double[] sample, int[] position) {
        double[] mean = distribution.mean();
        for (int k = 0; k < searched.length; k++) {
            int size = (int) lastIndex[k] + 1;
            int centre = (int) Math.max(0, Math.min(lastIndex[k], Math.rint(mean[k] * lastIndex[k])));
            Boundary rule = categorical[k] ? Boundary.CLIP : boundary;
            position[searched[k]] = rule.apply(sample[k] * lastIndex[k], size, centre, random);
        }
    }
}
