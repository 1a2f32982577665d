package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The quality problems of the tests, driven by a plain ask/tell loop: the parabola of
 * Gradient-Free-Optimizers' performance tests and the shifted sphere of the benchmark suite.
 */
final class Benchmarks {

    /** The optimum's index in each dimension of the shifted problems of 101 values: 71, 29, 83, 17, 64. */
    static final int[] SHIFTED_OPTIMUM = {71, 29, 83, 17, 64};

    /** The distance between neighbouring sphere values: the domain [-5.12, 5.12] in 100 steps. */
    static final double SPHERE_STEP = 10.24 / 100;

    private Benchmarks() {
    }

    /**
     * Returns the best score of maximizing {@code -x^2} for x in -100..100 (201 values), starting from
     * both ends in a random order, over 100 evaluations.
     */
    static double parabolaBest(OptimizerProvider provider, OptimizerSpec spec, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int first = random.nextBoolean() ? 200 : 0;
        OptimizerContext context = OptimizerContext.builder(201).seed(seed).iterations(100)
                .initialPositions(List.of(new int[] {first}, new int[] {200 - first})).build();
        return bestScore(provider.create(spec, context), 100, position -> {
            double x = position[0] - 100;
            return -x * x;
        });
    }

    /**
     * Returns the best score, the negated loss, of maximizing the shifted sphere in 5 dimensions of
     * 101 values over 300 evaluations, with the default initialization of Hyperactive.
     */
    static double sphereBest(OptimizerProvider provider, OptimizerSpec spec, long seed) {
        int[] sizes = {101, 101, 101, 101, 101};
        OptimizerContext context = OptimizerContext.builder(sizes).seed(seed).iterations(300)
                .initialPositions(defaultInitialPositions(sizes, seed)).build();
        return bestScore(provider.create(spec, context), 300, Benchmarks::shiftedSphere);
    }

    /** Returns the best score of uniform random search on the problem of {@link #sphereBest}. */
    static double sphereBestOfRandomSearch(long seed) {
        int[] sizes = {101, 101, 101, 101, 101};
        List<int[]> initials = defaultInitialPositions(sizes, seed);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 300; i++) {
            int[] position = i < initials.size() ? initials.get(i) : randomPosition(sizes, random);
            best = Math.max(best, shiftedSphere(position));
        }
        return best;
    }

    /** Returns the negated sphere loss at an index position, with the optimum at {@link #SHIFTED_OPTIMUM}. */
    static double shiftedSphere(int[] position) {
        double loss = 0;
        for (int d = 0; d < position.length; d++) {
            double x = (position[d] - SHIFTED_OPTIMUM[d % SHIFTED_OPTIMUM.length]) * SPHERE_STEP;
            loss += x * x;
        }
        return -loss;
    }

    /**
     * Returns the initial positions of Hyperactive's default {@code {grid: 4, random: 2, vertices: 4}}
     * in the order random, grid, vertices. In 5 dimensions the grid has one point, the centre, and
     * three random positions make up the shortfall.
     */
    static List<int[]> defaultInitialPositions(int[] sizes, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        List<int[]> positions = new ArrayList<>();
        positions.add(randomPosition(sizes, random));
        positions.add(randomPosition(sizes, random));

        int perDimension = Math.max(1, (int) Math.pow(4, 1.0 / sizes.length));
        int gridPoints = (int) Math.pow(perDimension, sizes.length);
        for (int g = 0; g < gridPoints; g++) {
            int[] point = new int[sizes.length];
            int code = g;
            for (int d = 0; d < sizes.length; d++) {
                int step = Math.max(1, (sizes[d] - 1) / (perDimension + 1));
                point[d] = step * (1 + code % perDimension);
                code /= perDimension;
            }
            positions.add(point);
        }
        for (int g = gridPoints; g < 4; g++) {
            positions.add(randomPosition(sizes, random));
        }

        List<int[]> corners = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            int[] corner = randomCorner(sizes, random);
            for (int attempt = 0; attempt < 100 && contains(corners, corner); attempt++) {
                corner = randomCorner(sizes, random);
            }
            corners.add(corner);
        }
        positions.addAll(corners);
        return positions;
    }

    /** Runs {@code evaluations} asks and tells and returns the best finite score. */
    static double bestScore(AskTellOptimizer run, int evaluations, ToDoubleFunction<int[]> objective) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < evaluations; i++) {
            int[] position = run.ask();
            double score = objective.applyAsDouble(position);
            run.tell(position, score);
            best = Math.max(best, score);
        }
        return best;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static int[] randomPosition(int[] sizes, SplittableRandom random) {
        int[] position = new int[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            position[d] = random.nextInt(sizes[d]);
        }
        return position;
    }

    private static int[] randomCorner(int[] sizes, SplittableRandom random) {
        int[] corner = new int[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            corner[d] = random.nextBoolean() ? sizes[d] - 1 : 0;
        }
        return corner;
    }

    private static boolean contains(List<int[]> positions, int[] position) {
        return positions.stream().anyMatch(p -> Arrays.equals(p, position));
    }
}
