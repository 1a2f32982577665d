package dev.hyperactive.spi;

import java.util.random.RandomGenerator;

/**
 * The basic moves of Gradient-Free-Optimizers on index positions: a uniform random position, a
 * hill-climbing neighbour, and the constraint retry that wraps any move.
 *
 * <p>One instance serves one run: it draws from the context's random generator and is not
 * thread-safe. The methods that return a position allocate only the returned array; the
 * {@code fill...} methods write into an array the caller owns and allocate nothing.
 *
 * <p><b>Hill-climbing step.</b> For a numeric dimension of {@code size} values the neighbour index is
 * {@code rint(centre + noise)} clipped to {@code [0, size - 1]}, with {@code noise} drawn from the
 * chosen {@link NoiseDistribution} with scale {@code epsilon * (size - 1)}. A categorical dimension
 * switches, with probability {@code epsilon}, to a category drawn uniformly from the other ones, and
 * otherwise keeps its category. Gradient-Free-Optimizers draws the new category from all of them,
 * so its switch sometimes keeps the category; here a switch always changes it.
 *
 * <p><b>Constraint retry.</b> {@link #satisfying(Move)} and the {@code valid...} methods follow the
 * newest Gradient-Free-Optimizers: up to {@value #MOVE_TRIES} tries of the move, then up to
 * {@value #RANDOM_TRIES} uniform random positions; if none satisfies the constraints, the last
 * candidate is returned and the engine rejects it through {@link AskTellOptimizer#reject(int[])}.
 */
public final class Moves {

    /** How often a move is tried before falling back to random positions. */
    public static final int MOVE_TRIES = 100;

    /** How many random positions are tried after the move failed {@value #MOVE_TRIES} times. */
    public static final int RANDOM_TRIES = 100;

    /**
     * A move that writes a candidate position into an array. Keep an instance in a field rather
     * than creating a capturing lambda per call, so that a proposal allocates nothing extra.
     */
    @FunctionalInterface
    public interface Move {

        /** Writes the next candidate position into {@code target}, one index per dimension. */
        void fill(int[] target);
    }

    private final OptimizerContext context;
    private final RandomGenerator random;
    private final int[] sizes;
    private final boolean[] categorical;

    /** Creates the moves of one run over the context's space, drawing from its random generator. */
    public Moves(OptimizerContext context) {
        this.context = Checks.notNull("context", context);
        this.random = context.random();
        this.sizes = context.dimensionSizes();
        this.categorical = new boolean[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            categorical[d] = context.isCategorical(d);
        }
    }

    /** Returns the number of dimensions. */
    public int dimensionCount() {
        return sizes.length;
    }

    /** Returns a uniform random position, ignoring the constraints. */
    public int[] randomPosition() {
        int[] position = new int[sizes.length];
        fillRandom(position);
        return position;
    }

    /** Writes a uniform random position into {@code target}, ignoring the constraints. */
    public void fillRandom(int[] target) {
        for (int d = 0; d < sizes.length; d++) {
            target[d] = sizes[d] == 1 ? 0 : random.nextInt(sizes[d]);
        }
    }

    /**
     * Returns a uniform random position that satisfies the constraints, or the last candidate after
     * {@value #MOVE_TRIES} + {@value #RANDOM_TRIES} failed tries.
     */
    public int[] validRandomPosition() {
        int[] candidate = new int[sizes.length];
        for (int i = 0; i < MOVE_TRIES + RANDOM_TRIES; i++) {
            fillRandom(candidate);
            if (context.satisfiesConstraints(candidate)) {
                return candidate;
            }
        }
        return candidate;
    }

    /**
     * Returns a hill-climbing neighbour of {@code centre}, ignoring the constraints.
     *
     * @param centre the position to step from, which is not modified
     * @param epsilon the step size as a fraction of each dimension's index range, zero or more
     * @param distribution the distribution of the noise
     */
    public int[] neighbour(int[] centre, double epsilon, NoiseDistribution distribution) {
        int[] position = new int[sizes.length];
        fillNeighbour(centre, epsilon, distribution, position);
        return position;
    }

    /**
     * Writes a hill-climbing neighbour of {@code centre} into {@code target}, ignoring the
     * constraints. {@code target} may be {@code centre} itself.
     */
    public void fillNeighbour(int[] centre, double epsilon, NoiseDistribution distribution, int[] target) {
        for (int d = 0; d < sizes.length; d++) {
            int size = sizes[d];
            if (size == 1) {
                target[d] = 0;
            } else if (categorical[d]) {
                target[d] = switchCategory(centre[d], size, epsilon);
            } else {
                target[d] = step(centre[d], size, epsilon, distribution);
            }
        }
    }

    /**
     * Returns a hill-climbing neighbour of {@code centre} that satisfies the constraints, with the
     * retry described in the class comment.
     */
    public int[] validNeighbour(int[] centre, double epsilon, NoiseDistribution distribution) {
        int[] candidate = new int[sizes.length];
        for (int i = 0; i < MOVE_TRIES; i++) {
            fillNeighbour(centre, epsilon, distribution, candidate);
            if (context.satisfiesConstraints(candidate)) {
                return candidate;
            }
        }
        fillValidRandom(candidate);
        return candidate;
    }

    /**
     * Returns the first candidate of {@code move} that satisfies the constraints, with the retry
     * described in the class comment.
     */
    public int[] satisfying(Move move) {
        int[] candidate = new int[sizes.length];
        for (int i = 0; i < MOVE_TRIES; i++) {
            move.fill(candidate);
            if (context.satisfiesConstraints(candidate)) {
                return candidate;
            }
        }
        fillValidRandom(candidate);
        return candidate;
    }

    /**
     * Writes up to {@value #RANDOM_TRIES} random positions into {@code candidate}, stopping at the
     * first that satisfies the constraints.
     */
    private void fillValidRandom(int[] candidate) {
        for (int i = 0; i < RANDOM_TRIES; i++) {
            fillRandom(candidate);
            if (context.satisfiesConstraints(candidate)) {
                return;
            }
        }
    }

    private int switchCategory(int current, int size, double epsilon) {
        if (random.nextDouble() >= epsilon) {
            return current;
        }
        int other = random.nextInt(size - 1);
        return other >= current ? other + 1 : other;
    }

    private int step(int current, int size, double epsilon, NoiseDistribution distribution) {
        double sigma = epsilon * (size - 1);
        if (sigma == 0) {
            return current;
        }

        double moved = Math.rint(current + distribution.sample(random, sigma));
        if (!(moved > 0)) {
            return 0;
        }
        return moved >= size - 1 ? size - 1 : (int) moved;
    }
}
