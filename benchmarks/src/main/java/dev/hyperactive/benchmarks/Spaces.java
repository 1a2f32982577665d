package dev.hyperactive.benchmarks;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.spi.Observation;
import dev.hyperactive.spi.OptimizerContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The spaces and objectives of the benchmarks, named like {@code "2d-201"}: the number of dimensions,
 * then the number of values per dimension.
 */
final class Spaces {

    /** The number of random initial positions every benchmarked optimizer proposes first. */
    static final int INITIAL_POSITIONS = 10;

    private Spaces() {
    }

    /**
     * Returns the dimension sizes of a space id such as {@code "10d-100"}.
     *
     * @throws IllegalArgumentException if {@code id} does not have that form
     */
    static int[] sizes(String id) {
        String[] parts = id.split("d-", 2);
        try {
            int[] sizes = new int[Integer.parseInt(parts[0])];
            Arrays.fill(sizes, Integer.parseInt(parts[1]));
            return sizes;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("space must look like 2d-201 (dimensions, 'd-', values): " + id, e);
        }
    }

    /**
     * Returns a peers' W1 space: {@code "2d-201"} (201 values in [-10, 10] per dimension) or
     * {@code "10d-21"} (21 values in [-10, 10]).
     */
    static SearchSpace w1Space(String id) {
        int[] sizes = sizes(id);
        double step = 20.0 / (sizes[0] - 1);
        SearchSpace.Builder builder = SearchSpace.builder();
        for (int d = 0; d < sizes.length; d++) {
            builder.doubles("x" + d, -10, 10, step);
        }
        return builder.build();
    }

    /** Returns the W1 objective {@code -(sum x_d^2)} over the parameters {@code x0, x1, ...}. */
    static Objective negatedSphere(int dimensions) {
        String[] names = new String[dimensions];
        for (int d = 0; d < dimensions; d++) {
            names[d] = "x" + d;
        }
        return parameters -> {
            double sum = 0;
            for (String name : names) {
                double x = parameters.getDouble(name);
                sum += x * x;
            }
            return -sum;
        };
    }

    /**
     * Returns a cheap score of a position: the negated squared distance, in indices, from a point
     * off the centre of the space.
     */
    static double indexScore(int[] position, int[] sizes) {
        double sum = 0;
        for (int d = 0; d < position.length; d++) {
            double offset = position[d] - 0.71 * (sizes[d] - 1);
            sum += offset * offset;
        }
        return -sum;
    }

    /**
     * Returns a context for {@code sizes} with {@code initialCount} random initial positions and
     * {@code priors} random prior observations scored by {@link #indexScore}.
     */
    static OptimizerContext context(int[] sizes, long seed, int iterations, int initialCount, int priors) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<int[]> initial = new ArrayList<>();
        for (int i = 0; i < initialCount; i++) {
            initial.add(randomPosition(sizes, random));
        }
        List<Observation> observations = new ArrayList<>(priors);
        for (int i = 0; i < priors; i++) {
            int[] position = randomPosition(sizes, random);
            observations.add(new Observation(position, indexScore(position, sizes)));
        }
        return OptimizerContext.builder(sizes)
                .seed(seed)
                .initialPositions(initial)
                .iterations(iterations)
                .priorObservations(observations)
                .build();
    }

    private static int[] randomPosition(int[] sizes, SplittableRandom random) {
        int[] position = new int[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            position[d] = random.nextInt(sizes[d]);
        }
        return position;
    }
}
