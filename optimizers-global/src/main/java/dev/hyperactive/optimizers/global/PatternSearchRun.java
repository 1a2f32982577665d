package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/** One run of pattern search, as {@link PatternSearchOptimizer} describes it. */
final class PatternSearchRun extends AbstractAskTellOptimizer {

    /** Probes skipped in a row before a proposal falls back to a random position. */
    private static final int MAX_SKIPPED_PROBES = 100;

    private final double initialPatternSize;
    private final double reduction;
    private final double randomRestartProbability;
    private final int[] sizes;
    private final boolean[] categorical;
    private final boolean anyCategorical;
    private final int largestNumericSize;
    private final Moves moves;
    private final RandomGenerator random;

    private final int[] current;
    private double currentScore = Double.NEGATIVE_INFINITY;
    private double patternSize;

    /** Probe numbers {@code 2 * d} (step up in dimension d) and {@code 2 * d + 1} (step down), shuffled per round. */
    private final int[] probes;
    private final int probesPerRound;
    private int roundCursor;
    private boolean roundStarted;
    private final int[] roundBest;
    private double roundBestScore = Double.NEGATIVE_INFINITY;

    PatternSearchRun(PatternSearchOptimizer spec, OptimizerContext context) {
        super(context);
        this.initialPatternSize = spec.patternSize();
        this.patternSize = spec.patternSize();
        this.reduction = spec.reduction();
        this.randomRestartProbability = spec.randomRestartProbability();
        this.sizes = context.dimensionSizes();
        this.categorical = new boolean[sizes.length];
        boolean foundCategorical = false;
        int largest = 1;
        for (int d = 0; d < sizes.length; d++) {
            categorical[d] = context.isCategorical(d) && sizes[d] > 1;
            foundCategorical |= categorical[d];
            if (!context.isCategorical(d)) {
                largest = Math.max(largest, sizes[d]);
            }
        }
        this.anyCategorical = foundCategorical;
        this.largestNumericSize = largest;
        this.moves = new Moves(context);
        this.random = context.random();
        this.current = new int[sizes.length];
        this.roundBest = new int[sizes.length];
        this.probes = new int[2 * sizes.length];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = i;
        }
        this.probesPerRound = Math.min(spec.positions(), probes.length);
    }

    @Override
    protected void finishInitialization() {
        if (hasBest()) {
            System.arraycopy(bestPosition(), 0, current, 0, current.length);
            currentScore = bestScore();
        } else {
            System.arraycopy(moves.validRandomPosition(), 0, current, 0, current.length);
        }
    }

    @Override
    protected int[] propose() {
        if (randomRestartProbability > 0 && random.nextDouble() < randomRestartProbability) {
            return moves.validRandomPosition();
        }

        int[] candidate = new int[sizes.length];
        for (int skipped = 0; skipped < MAX_SKIPPED_PROBES; skipped++) {
            if (!roundStarted || roundCursor == probesPerRound) {
                finishRound();
                startRound();
            }
            int probe = probes[roundCursor++];
            if (fillProbe(probe, candidate) && context().satisfiesConstraints(candidate)) {
                return candidate;
            }
        }
        return moves.validRandomPosition();
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        if (Double.isFinite(score) && score > roundBestScore) {
            System.arraycopy(position, 0, roundBest, 0, roundBest.length);
            roundBestScore = score;
        }
    }

    /** Returns the current pattern size as a fraction of each dimension's number of values. Used by tests. */
    double patternSize() {
        return patternSize;
    }

    /** Returns a copy of the current position. Used by tests. */
    int[] currentPosition() {
        return current.clone();
    }

    /** Moves to the best point of the round if it improved, and otherwise shrinks the pattern. */
    private void finishRound() {
        if (!roundStarted) {
            return;
        }
        if (roundBestScore > currentScore) {
            System.arraycopy(roundBest, 0, current, 0, current.length);
            currentScore = roundBestScore;
        } else {
            patternSize *= reduction;
        }
        if (!anyCategorical && patternSize * largestNumericSize < 0.5) {
            patternSize = initialPatternSize;
        }
    }

    /** Draws the probes of the next round with a partial Fisher-Yates shuffle. */
    private void startRound() {
        for (int i = 0; i < probesPerRound; i++) {
            int j = i + random.nextInt(probes.length - i);
            int swap = probes[i];
            probes[i] = probes[j];
            probes[j] = swap;
        }
        roundCursor = 0;
        roundStarted = true;
        roundBestScore = Double.NEGATIVE_INFINITY;
    }

    /**
     * Writes probe {@code probe} into {@code target}.
     *
     * @return false if the probe equals the current position
     */
    private boolean fillProbe(int probe, int[] target) {
        System.arraycopy(current, 0, target, 0, current.length);
        int d = probe / 2;
        int size = sizes[d];
        if (size == 1) {
            return false;
        }
        if (categorical[d]) {
            int other = random.nextInt(size - 1);
            target[d] = other >= current[d] ? other + 1 : other;
            return true;
        }

        long step = (long) Math.rint(patternSize * size);
        long moved = probe % 2 == 0 ? current[d] + step : current[d] - step;
        target[d] = (int) Math.max(0, Math.min(size - 1, moved));
        return target[d] != current[d];
    }
}
