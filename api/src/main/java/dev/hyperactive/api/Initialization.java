package dev.hyperactive.api;

import dev.hyperactive.spi.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The initial positions every job evaluates first, before the optimizer's own moves: Hyperactive's
 * {@code initialize} option.
 *
 * <p>They are created in a fixed order whatever the order of the builder calls: {@code random}
 * uniform positions, then {@code grid} points, then {@code vertices} (random corners), then the
 * {@code warmStart} parameter sets. A grid of n points in d dimensions places
 * {@code p = max(1, (int) n^(1/d))} points per dimension at indices {@code k * step} for
 * {@code k = 1 .. p}, {@code step = max(1, (size - 1) / (p + 1))}; the p^d points may be fewer than n, and
 * random positions fill the rest. No grid is made in more than 30 dimensions. Positions that violate
 * a constraint are replaced by random ones that satisfy it. The default is 4 grid points, 2 random
 * positions and 4 vertices, as in Hyperactive.
 */
public final class Initialization {

    private static final Initialization DEFAULTS = builder().grid(4).random(2).vertices(4).build();

    private final int grid;
    private final int random;
    private final int vertices;
    private final List<Map<String, Object>> warmStart;

    private Initialization(Builder builder) {
        this.grid = builder.grid;
        this.random = builder.random;
        this.vertices = builder.vertices;
        this.warmStart = List.copyOf(builder.warmStart);
    }

    /** Returns Hyperactive's default: 4 grid points, 2 random positions and 4 vertices. */
    public static Initialization defaults() {
        return DEFAULTS;
    }

    /** Returns a builder with no initial positions. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns an initialization of only the given warm-start parameter sets. */
    public static Initialization warmStart(List<? extends Map<String, ?>> parameterSets) {
        return builder().warmStart(parameterSets).build();
    }

    /** Returns the number of grid points requested. */
    public int grid() {
        return grid;
    }

    /** Returns the number of uniform random positions. */
    public int random() {
        return random;
    }

    /** Returns the number of random corners of the space. */
    public int vertices() {
        return vertices;
    }

    /** Returns the warm-start parameter sets, by parameter name. */
    public List<Map<String, Object>> warmStart() {
        return warmStart;
    }

    /** Returns the total number of initial positions: grid + random + vertices + warm starts. */
    public int count() {
        return grid + random + vertices + warmStart.size();
    }

    @Override
    public String toString() {
        return "Initialization[grid=" + grid + ", random=" + random + ", vertices=" + vertices
                + ", warmStart=" + warmStart + "]";
    }

    /** Builder of {@link Initialization}. Counts must not be negative. */
    public static final class Builder {

        private int grid;
        private int random;
        private int vertices;
        private final List<Map<String, Object>> warmStart = new ArrayList<>();

        private Builder() {
        }

        /** Sets the number of grid points. */
        public Builder grid(int count) {
            this.grid = Checks.nonNegative("initialize grid", count);
            return this;
        }

        /** Sets the number of uniform random positions. */
        public Builder random(int count) {
            this.random = Checks.nonNegative("initialize random", count);
            return this;
        }

        /** Sets the number of random corners. */
        public Builder vertices(int count) {
            this.vertices = Checks.nonNegative("initialize vertices", count);
            return this;
        }

        /**
         * Adds parameter sets to start from, each a map from every parameter name to a value. Numeric
         * values snap to the nearest grid value; the search checks them against the space.
         */
        public Builder warmStart(List<? extends Map<String, ?>> parameterSets) {
            Objects.requireNonNull(parameterSets, "warm start parameter sets");
            for (Map<String, ?> set : parameterSets) {
                Objects.requireNonNull(set, "warm start parameter set");
                warmStart.add(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set)));
            }
            return this;
        }

        /** Adds one parameter set to start from. */
        public Builder warmStart(Map<String, ?> parameterSet) {
            return warmStart(List.of(parameterSet));
        }

        /** Builds the initialization. */
        public Initialization build() {
            return new Initialization(this);
        }
    }
}
