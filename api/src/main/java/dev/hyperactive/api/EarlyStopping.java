package dev.hyperactive.api;

import dev.hyperactive.spi.Checks;
import java.util.OptionalDouble;

/**
 * Hyperactive's {@code early_stopping} rule: stop a job when its best score stops improving.
 *
 * <p>After each iteration, with S the job's finite scores so far (NaN and infinite scores are
 * ignored) and n = {@code nIterNoChange}: nothing happens while S has at most n scores. The job
 * stops when S contains more than n scores from the first occurrence of the best score on, the best
 * itself included, so a run whose first score is the best stops after n + 1 scores (a tie with the
 * best does not count as an improvement). Otherwise, with M the best score and M' the best of all
 * but the last n scores, it stops when {@code |M - M'| < tolAbs}, or when
 * {@code 100 * (M - M') / |M'| < tolRel}; the relative test is skipped when M' is 0.
 */
public final class EarlyStopping {

    private final int nIterNoChange;
    private final double tolAbs;
    private final double tolRel;

    private EarlyStopping(int nIterNoChange, double tolAbs, double tolRel) {
        this.nIterNoChange = nIterNoChange;
        this.tolAbs = tolAbs;
        this.tolRel = tolRel;
    }

    /**
     * Returns a rule that stops after {@code nIterNoChange} iterations without a better score.
     *
     * @throws IllegalArgumentException if {@code nIterNoChange <= 0}
     */
    public static EarlyStopping of(int nIterNoChange) {
        return new EarlyStopping(Checks.positive("n_iter_no_change", nIterNoChange), Double.NaN, Double.NaN);
    }

    /**
     * Returns a copy that also stops when the best improved by less than {@code tolAbs} over the
     * last {@code nIterNoChange} iterations.
     *
     * @throws IllegalArgumentException if {@code tolAbs} is negative or not finite
     */
    public EarlyStopping tolAbs(double tolAbs) {
        return new EarlyStopping(nIterNoChange, Checks.nonNegative("tol_abs", tolAbs), tolRel);
    }

    /**
     * Returns a copy that also stops when the best improved by less than {@code tolRel} percent
     * over the last {@code nIterNoChange} iterations.
     *
     * @throws IllegalArgumentException if {@code tolRel} is negative or not finite
     */
    public EarlyStopping tolRel(double tolRel) {
        return new EarlyStopping(nIterNoChange, tolAbs, Checks.nonNegative("tol_rel", tolRel));
    }

    /** Returns the number of iterations without improvement that stops the job. */
    public int nIterNoChange() {
        return nIterNoChange;
    }

    /** Returns the absolute tolerance, if set. */
    public OptionalDouble tolAbs() {
        return Double.isNaN(tolAbs) ? OptionalDouble.empty() : OptionalDouble.of(tolAbs);
    }

    /** Returns the relative tolerance in percent, if set. */
    public OptionalDouble tolRel() {
        return Double.isNaN(tolRel) ? OptionalDouble.empty() : OptionalDouble.of(tolRel);
    }

    @Override
    public String toString() {
        return "EarlyStopping[nIterNoChange=" + nIterNoChange + ", tolAbs=" + tolAbs() + ", tolRel="
                + tolRel() + "]";
    }
}
