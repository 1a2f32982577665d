package dev.hyperactive.spi;

import java.util.Arrays;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * How a move that leaves the space is brought back inside, per dimension, in index space: the
 * {@code boundary} option of the newest Gradient-Free-Optimizers.
 *
 * <p>A proposed coordinate is a real-valued index. It is rounded to the nearest integer (halves to
 * even) and, only when the result lies outside {@code [0, size - 1]}, mapped back as the constant
 * says. Categorical dimensions are always clipped, because their index order means nothing.
 * With {@code size = 5} (indices 0 to 4):
 * <ul>
 *   <li>{@link #CLIP}: 5 gives 4, -1 gives 0.</li>
 *   <li>{@link #REFLECT}: mirrored at the bounds with period {@code 2 * (size - 1)}: 5 gives 3,
 *       -1 gives 1.</li>
 *   <li>{@link #PERIODIC}: wrapped with period {@code size}: 5 gives 0, -1 gives 4.</li>
 *   <li>{@link #RANDOM}: a uniform random index, drawn only for the coordinates outside.</li>
 *   <li>{@link #INTERMEDIATE}: the midpoint between the violated bound and the current index,
 *       rounded half to even: 5 from current 2 gives 3, -1 from current 2 gives 1.</li>
 * </ul>
 */
public enum Boundary {
    /** Clamps to the nearest bound. The default. */
    CLIP,
    /** Mirrors at the bounds. */
    REFLECT,
    /** Wraps around, so that one past the last index is the first. */
    PERIODIC,
    /** Replaces the coordinate with a uniform random index. */
    RANDOM,
    /** Moves halfway from the current index to the violated bound. */
    INTERMEDIATE;

    /** Returns the lower-case name used in parameters, such as {@code "clip"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the labels of all constants, in declaration order. */
    public static String[] labels() {
        return Arrays.stream(values()).map(Boundary::label).toArray(String[]::new);
    }

    /**
     * Returns the constant with the label {@code label}.
     *
     * @throws IllegalArgumentException listing the labels if none matches
     */
    public static Boundary fromLabel(String label) {
        for (Boundary boundary : values()) {
            if (boundary.label().equals(label)) {
                return boundary;
            }
        }
        throw new IllegalArgumentException("boundary must be one of " + String.join(", ", labels()) + ": '"
                + label + "'");
    }

    /**
     * Returns the index for the proposed real-valued coordinate of a numeric dimension.
     *
     * @param proposed the proposed coordinate, in index units; NaN gives {@code current}
     * @param size the number of values of the dimension, at least 1
     * @param current the current index, used by {@link #INTERMEDIATE}
     * @param random the generator {@link #RANDOM} draws from
     * @return an index in {@code [0, size - 1]}
     */
    public int apply(double proposed, int size, int current, RandomGenerator random) {
        if (Double.isNaN(proposed)) {
            return Math.max(0, Math.min(size - 1, current));
        }
        double rounded = Math.rint(proposed);
        int last = size - 1;
        if (rounded >= 0 && rounded <= last) {
            return (int) rounded;
        }
        if (last == 0) {
            return 0;
        }
        switch (this) {
            case REFLECT:
                return reflect(rounded, last);
            case PERIODIC:
                return (int) floorMod(rounded, size);
            case RANDOM:
                return random.nextInt(size);
            case INTERMEDIATE:
                double bound = rounded < 0 ? 0 : last;
                int clippedCurrent = Math.max(0, Math.min(last, current));
                return (int) Math.rint((bound + clippedCurrent) / 2);
            case CLIP:
            default:
                return rounded < 0 ? 0 : last;
        }
    }

    /**
     * Writes the index for every proposed coordinate into {@code target}. Categorical dimensions are
     * clipped whatever this constant is.
     *
     * @param proposed real-valued coordinates, one per dimension
     * @param current the current position, used by {@link #INTERMEDIATE}
     * @param context the run's context, for the dimension sizes and which dimensions are categorical
     * @param random the generator {@link #RANDOM} draws from
     * @param target the array to write, one index per dimension
     */
    public void apply(double[] proposed, int[] current, OptimizerContext context, RandomGenerator random,
            int[] target) {
        for (int d = 0; d < target.length; d++) {
            Boundary rule = context.isCategorical(d) ? CLIP : this;
            target[d] = rule.apply(proposed[d], context.dimensionSize(d), current[d], random);
        }
    }

    private static int reflect(double index, int last) {
        double period = 2.0 * last;
        double folded = floorMod(index, period);
        return (int) (folded <= last ? folded : period - folded);
    }

    private static double floorMod(double value, double period) {
        double remainder = value % period;
        return remainder < 0 ? remainder + period : remainder;
    }
}
