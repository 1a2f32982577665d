package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.Initialization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Creates the initial positions of a job in the fixed order random, grid, vertices, warm start, as
 * {@link Initialization} describes them, then replaces each position that violates a constraint by
 * a random one that satisfies it.
 */
final class InitialPositions {

    /** Grids are not made in more dimensions than this, as in Gradient-Free-Optimizers. */
    static final int MAX_GRID_DIMENSIONS = 30;

    /** Attempts at a random valid position before an invalid initial position is dropped. */
    static final int MAX_RANDOM_ATTEMPTS = 1000;

    /** Attempts at a corner not yet taken before a vertex becomes a random position. */
    private static final int MAX_VERTEX_ATTEMPTS = 100;

    private final int[] sizes;
    private final SplittableRandom random;

    private InitialPositions(int[] sizes, SplittableRandom random) {
        this.sizes = sizes;
        this.random = random;
    }

    /**
     * Returns the initial positions.
     *
     * @param sizes the dimension sizes
     * @param init the counts and warm starts
     * @param warmStarts the warm-start positions, already snapped to the grid
     * @param valid the constraint check
     * @param random the generator, seeded from the job seed
     */
    static List<int[]> create(int[] sizes, Initialization init, List<int[]> warmStarts, Predicate<int[]> valid,
            SplittableRandom random) {
        InitialPositions maker = new InitialPositions(sizes, random);
        List<int[]> positions = new ArrayList<>(init.count());

        for (int i = 0; i < init.random(); i++) {
            positions.add(maker.randomPosition());
        }
        maker.addGrid(positions, init.grid());
        maker.addVertices(positions, init.vertices());
        for (int[] warmStart : warmStarts) {
            positions.add(warmStart.clone());
        }

        return maker.replaceInvalid(positions, valid);
    }

    private int[] randomPosition() {
        int[] position = new int[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            position[d] = random.nextInt(sizes[d]);
        }
        return position;
    }

    /** Adds p^d grid points with p = max(1, (int) n^(1/d)), then random positions up to n. */
    private void addGrid(List<int[]> positions, int n) {
        if (n == 0) {
            return;
        }
        int added = 0;
        int d = sizes.length;
        if (d <= MAX_GRID_DIMENSIONS) {
            int perDimension = Math.max(1, (int) Math.pow(n, 1.0 / d));
            int[][] axis = new int[d][perDimension];
            for (int dim = 0; dim < d; dim++) {
                int step = Math.max(1, (sizes[dim] - 1) / (perDimension + 1));
                for (int k = 0; k < perDimension; k++) {
                    axis[dim][k] = Math.min(sizes[dim] - 1, (k + 1) * step);
                }
            }
            int[] digits = new int[d];
            while (added < n) {
                int[] point = new int[d];
                for (int dim = 0; dim < d; dim++) {
                    point[dim] = axis[dim][digits[dim]];
                }
                positions.add(point);
                added++;
                if (!increment(digits, perDimension)) {
                    break;
                }
            }
        }
        for (; added < n; added++) {
            positions.add(randomPosition());
        }
    }

    /** Advances an odometer whose last digit turns fastest; returns false after the last value. */
    private static boolean increment(int[] digits, int base) {
        for (int dim = digits.length - 1; dim >= 0; dim--) {
            if (++digits[dim] < base) {
                return true;
            }
            digits[dim] = 0;
        }
        return false;
    }

    private void addVertices(List<int[]> positions, int n) {
        List<int[]> corners = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] corner = null;
            for (int attempt = 0; attempt < MAX_VERTEX_ATTEMPTS && corner == null; attempt++) {
                int[] candidate = randomCorner();
                if (corners.stream().noneMatch(c -> Arrays.equals(c, candidate))) {
                    corner = candidate;
                }
            }
            corners.add(corner != null ? corner : randomPosition());
        }
        positions.addAll(corners);
    }

    private int[] randomCorner() {
        int[] corner = new int[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            corner[d] = random.nextBoolean() ? sizes[d] - 1 : 0;
        }
        return corner;
    }

    private List<int[]> replaceInvalid(List<int[]> positions, Predicate<int[]> valid) {
        List<int[]> kept = new ArrayList<>(positions.size());
        for (int[] position : positions) {
            if (valid.test(position)) {
                kept.add(position);
                continue;
            }
            for (int attempt = 0; attempt < MAX_RANDOM_ATTEMPTS; attempt++) {
                int[] candidate = randomPosition();
                if (valid.test(candidate)) {
                    kept.add(candidate);
                    break;
                }
            }
        }
        return kept;
    }
}
