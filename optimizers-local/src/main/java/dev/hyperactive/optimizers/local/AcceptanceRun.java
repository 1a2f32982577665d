package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.OptimizerContext;

/**
 * A hill climbing run that may also move to a proposal that is not better than the current position:
 * the common part of stochastic hill climbing and simulated annealing.
 *
 * <p>After the window rule of hill climbing ran, a proposal with a finite score above the current
 * score becomes the current position at once. A proposal with a finite score that is not higher is a
 * considered transition: it becomes the current position with the probability that
 * {@link #acceptanceProbability(double, double)} returns for the score difference
 * {@code score - currentScore} (zero or negative) and the spread of recent scores (see
 * {@link ScoreSpread}). Every finite score, initial ones included, updates the spread before the
 * decision. Both inputs are unchanged when a constant is added to every score, so the run makes the
 * same moves whatever the offset of the scores. Proposals with a NaN or infinite score are never
 * considered.
 */
abstract class AcceptanceRun extends ClimbingRun {

    private final ScoreSpread spread = new ScoreSpread();
    private long consideredTransitions;
    private long acceptedTransitions;

    AcceptanceRun(ClimbingSettings settings, OptimizerContext context) {
        super(settings, context);
    }

    /**
     * Returns the probability of moving to a proposal that is not better than the current position.
     *
     * @param difference the proposal's score minus the current score, zero or negative
     * @param spread the mean absolute difference of recent consecutive scores, zero or more
     */
    abstract double acceptanceProbability(double difference, double spread);

    /** Called after each evaluated proposal, once the transition was considered. The default does nothing. */
    void afterTransition() {
    }

    @Override
    protected final void tellInitial(int[] position, double score) {
        spread.record(score);
        super.tellInitial(position, score);
    }

    @Override
    final void proposalEvaluated(int[] position, double score, double previousCurrentScore) {
        spread.record(score);
        if (Double.isFinite(score)) {
            moveOrConsider(position, score);
        }
        afterTransition();
    }

    /** Moves to a better proposal, and to any other with the acceptance probability. */
    private void moveOrConsider(int[] position, double score) {
        if (score > currentScore()) {
            moveCurrent(position, score);
            return;
        }

        consideredTransitions++;
        double probability = acceptanceProbability(score - currentScore(), spread.value());
        if (random().nextDouble() < probability) {
            moveCurrent(position, score);
            acceptedTransitions++;
        }
    }

    /** Returns the number of proposals that were considered as a transition. Gradient-Free-Optimizers calls it {@code n_considered_transitions}. */
    final long consideredTransitions() {
        return consideredTransitions;
    }

    /** Returns the number of considered transitions that were accepted. Gradient-Free-Optimizers calls it {@code n_transitions}. */
    final long acceptedTransitions() {
        return acceptedTransitions;
    }
}
