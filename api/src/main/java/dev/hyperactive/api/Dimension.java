package dev.hyperactive.api;

import java.util.OptionalInt;

/**
 * One named, ordered, finite list of values of a {@link SearchSpace}.
 *
 * <p>Optimizers never see values: they move through indices {@code 0 .. size() - 1}, and the engine
 * maps an index to its value with {@link #value(int)} only when the objective, a constraint or the
 * search data needs it. Numeric dimensions compute their values from the index, so a dimension of a
 * billion values costs constant memory. The order of the values defines which values are
 * neighbours.
 *
 * <p>Instances are created through {@link SearchSpace.Builder} and are immutable. Two dimensions are
 * equal when they have the same name and the same values.
 */
public interface Dimension {

    /** Returns the name of the parameter this dimension belongs to. */
    String name();

    /** Returns the number of values, at least 1. */
    int size();

    /**
     * Returns the value at {@code index}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
     */
    Object value(int index);

    /**
     * Returns the common type of the values: {@code Integer}, {@code Long} or {@code Double} for numeric
     * ranges, and the values' shared class (or {@code Object}) for categorical dimensions.
     */
    Class<?> valueType();

    /**
     * Returns whether the values are an ordered numeric range. Categorical dimensions return
     * {@code false}, even when their values are numbers.
     */
    boolean isNumeric();

    /**
     * Returns the text that stands for the value at {@code index} in exported search data: the
     * number itself for numeric values and strings, and the label of any other categorical value.
     */
    String label(int index);

    /**
     * Returns the index whose value is nearest to {@code value}, for warm starts.
     *
     * <p>A numeric value inside the range snaps to the nearest grid value. A categorical value must
     * equal one of the values or one of their labels.
     *
     * @throws IllegalArgumentException if a numeric value lies outside the range, or a categorical
     *     value is not in the dimension
     */
    int nearestIndexOf(Object value);

    /**
     * Returns the index of a value that lies exactly on this dimension's grid, or is one of its
     * categorical values or labels, for imported search data.
     *
     * @return the index, or empty if the value is not in this dimension
     */
    OptionalInt exactIndexOf(Object value);
}
