package dev.hyperactive.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * What an optimizer knows about its run: the dimension sizes, which dimensions are categorical, a
 * seeded random generator, the initial positions, the constraint check and any earlier observations.
 *
 * <p>The engine builds one per run. Tests and plugin authors build their own with
 * {@link #builder(int...)}.
 */
public interface OptimizerContext {

    /** Returns the number of dimensions. */
    int dimensionCount();

    /** Returns the number of values of dimension {@code d}, at least 1. */
    int dimensionSize(int d);

    /** Returns a new array with the size of every dimension. */
    default int[] dimensionSizes() {
        int[] sizes = new int[dimensionCount()];
        for (int d = 0; d < sizes.length; d++) {
            sizes[d] = dimensionSize(d);
        }
        return sizes;
    }

    /**
     * Returns whether dimension {@code d} is categorical, so that its index order means nothing and
     * moves should switch category rather than step.
     */
    boolean isCategorical(int d);

    /** Returns the run's random generator, seeded from {@link #seed()}. Not thread-safe. */
    RandomGenerator random();

    /** Returns the seed of this run. */
    long seed();

    /** Returns the initial positions to propose first, in order. Each array is a copy. */
    List<int[]> initialPositions();

    /** Returns whether {@code position} satisfies every constraint of the search. */
    boolean satisfiesConstraints(int[] position);

    /** Returns the number of iterations planned for the run. */
    int iterations();

    /**
     * Returns positions with known scores from before this run, such as a memory warm start or the
     * search data of an earlier strategy stage. Model-based optimizers may train on them.
     */
    List<Observation> priorObservations();

    /** Returns a builder of a context for a space with the given dimension sizes. */
    static Builder builder(int... dimensionSizes) {
        return new Builder(dimensionSizes);
    }

    /** Builder of a plain {@link OptimizerContext}; without settings there are no constraints. */
    final class Builder {

        private final int[] sizes;
        private final boolean[] categorical;
        private long seed;
        private final List<int[]> initialPositions = new ArrayList<>();
        private Predicate<int[]> constraint = position -> true;
        private int iterations = 100;
        private final List<Observation> priorObservations = new ArrayList<>();

        private Builder(int[] sizes) {
            Objects.requireNonNull(sizes, "dimension sizes");
            if (sizes.length == 0) {
                throw new IllegalArgumentException("a context needs at least one dimension");
            }
            for (int size : sizes) {
                Checks.positive("dimension size", size);
            }
            this.sizes = sizes.clone();
            this.categorical = new boolean[sizes.length];
        }

        /** Sets the seed of the random generator. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Marks dimension {@code d} as categorical. */
        public Builder categorical(int d) {
            Objects.checkIndex(d, sizes.length);
            categorical[d] = true;
            return this;
        }

        /**
         * Adds initial positions.
         *
         * @throws IllegalArgumentException if a position has the wrong length or an index outside its
         *     dimension
         */
        public Builder initialPositions(List<int[]> positions) {
            for (int[] position : positions) {
                checkPosition(position);
                initialPositions.add(position.clone());
            }
            return this;
        }

        /** Sets the constraint check; it receives positions, not values. */
        public Builder constraint(Predicate<int[]> constraint) {
            this.constraint = Objects.requireNonNull(constraint, "constraint");
            return this;
        }

        /** Sets the number of iterations planned for the run. */
        public Builder iterations(int iterations) {
            this.iterations = Checks.positive("n_iter", iterations);
            return this;
        }

        /** Adds observations known before the run. */
        public Builder priorObservations(List<Observation> observations) {
            for (Observation observation : observations) {
                checkPosition(observation.position());
                priorObservations.add(observation);
            }
            return this;
        }

        /** Builds the context with a {@link SplittableRandom} seeded from the seed. */
        public OptimizerContext build() {
            return new SimpleContext(this);
        }

        private void checkPosition(int[] position) {
            if (position.length != sizes.length) {
                throw new IllegalArgumentException("position must have " + sizes.length + " indices: "
                        + Arrays.toString(position));
            }
            for (int d = 0; d < sizes.length; d++) {
                if (position[d] < 0 || position[d] >= sizes[d]) {
                    throw new IllegalArgumentException("index " + position[d] + " of dimension " + d
                            + " must be in [0, " + sizes[d] + "): " + Arrays.toString(position));
                }
            }
        }

        private static final class SimpleContext implements OptimizerContext {

            private final int[] sizes;
            private final boolean[] categorical;
            private final long seed;
            private final RandomGenerator random;
            private final List<int[]> initialPositions;
            private final Predicate<int[]> constraint;
            private final int iterations;
            private final List<Observation> priorObservations;

            SimpleContext(Builder b) {
                this.sizes = b.sizes.clone();
                this.categorical = b.categorical.clone();
                this.seed = b.seed;
                this.random = new SplittableRandom(b.seed);
                this.initialPositions = List.copyOf(b.initialPositions);
                this.constraint = b.constraint;
                this.iterations = b.iterations;
                this.priorObservations = List.copyOf(b.priorObservations);
            }

            @Override
            public int dimensionCount() {
                return sizes.length;
            }

            @Override
            public int dimensionSize(int d) {
                return sizes[d];
            }

            @Override
            public int[] dimensionSizes() {
                return sizes.clone();
            }

            @Override
            public boolean isCategorical(int d) {
                return categorical[d];
            }

            @Override
            public RandomGenerator random() {
                return random;
            }

            @Override
            public long seed() {
                return seed;
            }

            @Override
            public List<int[]> initialPositions() {
                List<int[]> copies = new ArrayList<>(initialPositions.size());
                for (int[] position : initialPositions) {
                    copies.add(position.clone());
                }
                return copies;
            }

            @Override
            public boolean satisfiesConstraints(int[] position) {
                return constraint.test(position);
            }

            @Override
            public int iterations() {
                return iterations;
            }

            @Override
            public List<Observation> priorObservations() {
                return priorObservations;
            }
        }
    }
}
