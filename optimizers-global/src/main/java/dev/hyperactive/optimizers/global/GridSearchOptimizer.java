package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Grid search: after the initial positions, it walks through every position of the space in a
 * fixed order, as Gradient-Free-Optimizers does, without ever listing the grid.
 *
 * <p>A counter {@code k} counts the grid proposals from 0. With {@code size} the number of positions
 * and {@code s} the step size:
 * <ul>
 *   <li>{@code "diagonal"} (the default) takes the stride {@code d}, the largest integer not above
 *       {@code round(size^(1/n_dims))} that is coprime with {@code size}, and visits the linear index
 *       {@code ((k mod s) + (k div s) * d) mod size}, decoded with the first dimension most
 *       significant. In one dimension of N values the order is 0, N-1, N-2, ..., 1. With step size 1
 *       every position is visited once per pass of {@code size} proposals, and the next pass
 *       repeats the first.</li>
 *   <li>{@code "orthogonal"} visits the linear index {@code (k*s + (k*s div size)) mod size},
 *       decoded with the first dimension fastest, so it sweeps the first dimension while the others
 *       stay put. Each further pass starts one index later than the one before.</li>
 * </ul>
 * A grid point that violates a constraint is skipped, up to 100 in a row, after which up to 100
 * random positions are tried. Specs are immutable: every setter returns a new spec.
 */
public final class GridSearchOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "grid_search";

    /** The direction that walks along a diagonal through all dimensions at once. */
    public static final String DIAGONAL = "diagonal";

    /** The direction that sweeps the first dimension fastest, like nested loops. */
    public static final String ORTHOGONAL = "orthogonal";

    private final int stepSize;
    private final String direction;

    /** Creates the spec with the defaults: step size 1, direction {@value #DIAGONAL}. */
    public GridSearchOptimizer() {
        this(1, DIAGONAL);
    }

    private GridSearchOptimizer(int stepSize, String direction) {
        this.stepSize = stepSize;
        this.direction = direction;
    }

    /**
     * Returns a spec with the given step size, the number of grid points advanced per proposal
     * within a pass ({@code step_size}).
     *
     * @throws IllegalArgumentException if {@code stepSize} is not positive
     */
    public GridSearchOptimizer stepSize(int stepSize) {
        return new GridSearchOptimizer(Checks.positive("step_size", stepSize), direction);
    }

    /**
     * Returns a spec that walks in the given direction, {@value #DIAGONAL} or {@value #ORTHOGONAL}.
     *
     * @throws IllegalArgumentException if {@code direction} is neither
     */
    public GridSearchOptimizer direction(String direction) {
        Checks.notNull("direction", direction);
        if (!direction.equals(DIAGONAL) && !direction.equals(ORTHOGONAL)) {
            throw new IllegalArgumentException(
                    "direction must be one of " + DIAGONAL + ", " + ORTHOGONAL + ": '" + direction + "'");
        }
        return new GridSearchOptimizer(stepSize, direction);
    }

    /** Returns the step size. */
    public int stepSize() {
        return stepSize;
    }

    /** Returns the direction, {@value #DIAGONAL} or {@value #ORTHOGONAL}. */
    public String direction() {
        return direction;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns {@code step_size} and {@code direction}, in that order. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("step_size", stepSize);
        parameters.put("direction", direction);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridSearchOptimizer && ((GridSearchOptimizer) o).stepSize == stepSize
                && ((GridSearchOptimizer) o).direction.equals(direction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stepSize, direction);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
