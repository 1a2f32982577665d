package dev.hyperactive.api;

/**
 * A condition every evaluated parameter combination must satisfy. A position that violates any
 * constraint never reaches the objective.
 */
@FunctionalInterface
public interface Constraint {

    /** Returns whether {@code values} satisfy this constraint. */
    boolean test(ParameterValues values);
}
