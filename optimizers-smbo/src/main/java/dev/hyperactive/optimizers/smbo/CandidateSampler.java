package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/**
 * Draws the candidates of one iteration lazily, without ever enumerating the space: uniform random
 * positions, plus perturbations of the best observations.
 *
 * <p>A perturbation starts from one of the {@value #CENTRES} best observations (the better ones
 * more often) and changes each dimension with probability {@code min(1, 4 / dimensions)}, at
 * least one dimension per candidate. A numeric index moves by Gaussian noise whose standard
 * deviation is one of the widths 0.15, 0.05, 0.015 and 0.005 of the dimension's index range (at least half
 * an index), rounded and clipped. A categorical index switches to another category, drawn
 * uniformly. Mixing wide and narrow steps lets the model refine the best region and still look
 * around it.
 *
 * <p>Every candidate satisfies the constraints and, unless evaluated positions are allowed again,
 * is not among them. A candidate that fails after {@value #TRIES} draws is skipped, so a batch can
 * hold fewer candidates than requested.
 */
final class CandidateSampler {

    /** The number of best observations that perturbations start from. */
    static final int CENTRES = 5;

    /** The number of draws per candidate before it is skipped. */
    static final int TRIES = 20;

    /** The number of draws before {@link #randomPosition()} gives up. */
    static final int RANDOM_TRIES = 1000;

    private static final double[] WIDTHS = {0.15, 0.05, 0.015, 0.005};

    private final OptimizerContext context;
    private final RandomGenerator random;
    private final int[] sizes;
    private final boolean[] categorical;
    private final int[] variable;
    private final double changeProbability;
    private final EvaluatedPositions excluded;
    private final int[] centres = new int[CENTRES];
    private final int[] centre;

    /**
     * Creates a sampler for the context's space.
     *
     * @param excluded positions never to propose, or null to allow every position
     */
    CandidateSampler(OptimizerContext context, EvaluatedPositions excluded) {
        this.context = context;
        this.random = context.random();
        this.sizes = context.dimensionSizes();
        this.categorical = new boolean[sizes.length];
        int variableCount = 0;
        for (int d = 0; d < sizes.length; d++) {
            categorical[d] = context.isCategorical(d);
            variableCount += sizes[d] > 1 ? 1 : 0;
        }
        this.variable = new int[variableCount];
        for (int d = 0, v = 0; d < sizes.length; d++) {
            if (sizes[d] > 1) {
                variable[v++] = d;
            }
        }
        this.changeProbability = Math.min(1.0, 4.0 / Math.max(1, variableCount));
        this.excluded = excluded;
        this.centre = new int[sizes.length];
    }

    /**
     * Fills {@code batch} with up to {@code uniform} uniform random candidates and up to
     * {@code local} perturbations of the best observations of {@code data}; without observations,
     * the perturbations become uniform candidates too.
     */
    void sample(Candidates batch, int uniform, int local, TrainingData data) {
        batch.clear();
        int found = data.bestObservations(CENTRES, centres);
        int uniformCount = found == 0 ? uniform + local : uniform;
        int localCount = found == 0 ? 0 : local;

        for (int i = 0; i < uniformCount; i++) {
            int[] target = batch.next();
            if (drawUniform(target)) {
                batch.commit();
            }
        }
        for (int i = 0; i < localCount; i++) {
            int[] target = batch.next();
            if (drawPerturbation(target, data, found)) {
                batch.commit();
            }
        }
    }

    /**
     * Returns a new uniform random position that may be proposed, or null if none was found in
     * {@value #RANDOM_TRIES} draws.
     */
    int[] randomPosition() {
        int[] position = new int[sizes.length];
        for (int i = 0; i < RANDOM_TRIES / TRIES; i++) {
            if (drawUniform(position)) {
                return position;
            }
        }
        return null;
    }

    /** Returns whether {@code position} may be proposed: it satisfies the constraints and is not excluded. */
    boolean isAcceptable(int[] position) {
        return (excluded == null || !excluded.contains(position)) && context.satisfiesConstraints(position);
    }

    private boolean drawUniform(int[] target) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            for (int d = 0; d < sizes.length; d++) {
                target[d] = sizes[d] == 1 ? 0 : random.nextInt(sizes[d]);
            }
            if (isAcceptable(target)) {
                return true;
            }
        }
        return false;
    }

    private boolean drawPerturbation(int[] target, TrainingData data, int found) {
        double u = random.nextDouble();
        data.copyPosition(centres[(int) (u * u * found)], centre);
        double width = WIDTHS[random.nextInt(WIDTHS.length)];

        for (int attempt = 0; attempt < TRIES; attempt++) {
            perturb(centre, width, target);
            if (isAcceptable(target)) {
                return true;
            }
        }
        return false;
    }

    private void perturb(int[] from, double width, int[] target) {
        System.arraycopy(from, 0, target, 0, from.length);
        if (variable.length == 0) {
            return;
        }

        boolean changed = false;
        for (int d : variable) {
            if (random.nextDouble() < changeProbability) {
                target[d] = move(from[d], d, width);
                changed |= target[d] != from[d];
            }
        }
        while (!changed) {
            int d = variable[random.nextInt(variable.length)];
            target[d] = move(from[d], d, width);
            changed = target[d] != from[d];
        }
    }

    private int move(int index, int d, double width) {
        int size = sizes[d];
        if (categorical[d]) {
            int other = random.nextInt(size - 1);
            return other >= index ? other + 1 : other;
        }

        double sigma = Math.max(0.5, width * (size - 1));
        double moved = Math.rint(index + sigma * random.nextGaussian());
        if (!(moved > 0)) {
            return 0;
        }
        return moved >= size - 1 ? size - 1 : (int) moved;
    }
}
