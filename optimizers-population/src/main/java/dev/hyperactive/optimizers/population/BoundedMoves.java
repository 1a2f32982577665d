package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/**
 * Hill-climbing steps and real-valued moves whose coordinates outside the space are brought back
 * with a {@link Boundary} rule instead of always being clipped.
 *
 * <p>A hill-climbing step moves each numeric index by noise of scale {@code epsilon * (size - 1)}
 * drawn from a {@link NoiseDistribution}, as {@link Moves} does, and then applies the boundary rule
 * with the step's centre as the current index. A categorical dimension switches, with probability
 * {@code epsilon}, to a category drawn uniformly from the other ones. One instance serves one run and
 * is not thread-safe; the {@code fill...} methods allocate nothing.
 */
final class BoundedMoves {

    private final OptimizerContext context;
    private final Moves moves;
    private final Boundary boundary;
    private final RandomGenerator random;
    private final int[] sizes;
    private final boolean[] categorical;

    /** Creates the moves of one run, drawing from the context's random generator. */
    BoundedMoves(OptimizerContext context, Moves moves, Boundary boundary) {
        this.context = context;
        this.moves = moves;
        this.boundary = boundary;
        this.random = context.random();
        this.sizes = context.dimensionSizes();
        this.categorical = new boolean[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            categorical[d] = context.isCategorical(d);
        }
    }

    /** Returns the number of values of dimension {@code d}. */
    int size(int d) {
        return sizes[d];
    }

    /** Returns whether dimension {@code d} is categorical. */
    boolean isCategorical(int d) {
        return categorical[d];
    }

    /**
     * Returns the index for a real-valued coordinate of dimension {@code d}: rounded, and brought
     * back by the boundary rule when outside. Categorical dimensions are clipped.
     */
    int apply(int d, double proposed, int current) {
        Boundary rule = categorical[d] ? Boundary.CLIP : boundary;
        return rule.apply(proposed, sizes[d], current, random);
    }

    /**
     * Writes a hill-climbing step from {@code centre} into {@code target}, ignoring the constraints.
     * {@code target} may be {@code centre} itself.
     */
    void fillNeighbour(int[] centre, double epsilon, NoiseDistribution distribution, int[] target) {
        for (int d = 0; d < sizes.length; d++) {
            int size = sizes[d];
            if (size == 1) {
                target[d] = 0;
            } else if (categorical[d]) {
                target[d] = random.nextDouble() < epsilon ? otherCategory(centre[d], size) : centre[d];
            } else {
                double sigma = epsilon * (size - 1);
                double moved = sigma == 0 ? centre[d] : centre[d] + distribution.sample(random, sigma);
                target[d] = boundary.apply(moved, size, centre[d], random);
            }
        }
    }

    /**
     * Returns a hill-climbing step from {@code centre} that satisfies the constraints: up to
     * {@value Moves#MOVE_TRIES} steps, then a uniform random position as {@link Moves} draws it.
     */
    int[] validNeighbour(int[] centre, double epsilon, NoiseDistribution distribution) {
        int[] candidate = new int[sizes.length];
        for (int i = 0; i < Moves.MOVE_TRIES; i++) {
            fillNeighbour(centre, epsilon, distribution, candidate);
            if (context.satisfiesConstraints(candidate)) {
                return candidate;
            }
        }
        return moves.validRandomPosition();
    }

    /** Returns a category of a dimension of {@code size} values drawn uniformly from all but {@code current}. */
    int otherCategory(int current, int size) {
        if (size < 2) {
            return 0;
        }
        int other = random.nextInt(size - 1);
        return other >= current ? other + 1 : other;
    }
}
