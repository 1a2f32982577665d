package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.Observation;
import dev.hyperactive.spi.OptimizerContext;

/** One run of the Lipschitz optimizer, as {@link LipschitzOptimizer} describes it. */
final class LipschitzRun extends AbstractAskTellOptimizer {

    /** Uniform random candidates per proposal before caps. */
    static final int UNIFORM_CANDIDATES = 1_000;

    /** Hill-climbing candidates around the best point per proposal before caps. */
    static final int LOCAL_CANDIDATES = 100;

    /** The largest number of candidate-point distance computations per proposal, before pruning. */
    static final int PAIR_BUDGET = 300_000;

    /** The minimum number of candidates per proposal, whatever the number of stored points. */
    static final int MIN_CANDIDATES = 100;

    private static final double[] LOCAL_STEP_SIZES = {0.01, 0.03, 0.1};

    private final int candidateCap;
    private final Moves moves;
    private final LipschitzPoints points;
    private final int[] candidate;
    private final int[] bestCandidate;
    private final int[] bestPoint;
    private final double[] normalized;

    LipschitzRun(LipschitzOptimizer spec, OptimizerContext context) {
        super(context);
        this.candidateCap = Math.min(spec.sampling(), spec.maxSampleSize());
        this.moves = new Moves(context);
        int[] sizes = context.dimensionSizes();
        boolean[] categorical = new boolean[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            categorical[d] = context.isCategorical(d);
        }
        this.points = new LipschitzPoints(sizes, categorical);
        this.candidate = new int[sizes.length];
        this.bestCandidate = new int[sizes.length];
        this.bestPoint = new int[sizes.length];
        this.normalized = points.newCoordinates();

        if (spec.warmStart()) {
            for (Observation observation : context.priorObservations()) {
                store(observation.position(), observation.score());
            }
        }
    }

    @Override
    protected int[] propose() {
        if (points.count() == 0) {
            return moves.validRandomPosition();
        }

        int total = candidateCount();
        int local = (int) ((long) total * LOCAL_CANDIDATES / (UNIFORM_CANDIDATES + LOCAL_CANDIDATES));
        double highest = Double.NEGATIVE_INFINITY;
        boolean found = false;
        boolean haveBest = hasBest();
        if (haveBest) {
            System.arraycopy(bestPosition(), 0, bestPoint, 0, bestPoint.length);
        }

        for (int i = 0; i < total; i++) {
            if (haveBest && i < local) {
                double stepSize = LOCAL_STEP_SIZES[i % LOCAL_STEP_SIZES.length];
                moves.fillNeighbour(bestPoint, stepSize, NoiseDistribution.NORMAL, candidate);
            } else {
                moves.fillRandom(candidate);
            }
            if (!context().satisfiesConstraints(candidate)) {
                continue;
            }

            points.normalize(candidate, normalized);
            double bound = points.upperBound(normalized, highest);
            if (bound > highest || !found && bound == highest) {
                highest = bound;
                found = true;
                System.arraycopy(candidate, 0, bestCandidate, 0, candidate.length);
            }
        }
        return found ? bestCandidate.clone() : moves.validRandomPosition();
    }

    @Override
    protected void tellInitial(int[] position, double score) {
        store(position, score);
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        store(position, score);
    }

    /** Returns the current Lipschitz constant. Used by tests. */
    double lipschitz() {
        return points.lipschitz();
    }

    /** Returns the number of stored points. Used by tests. */
    int storedPoints() {
        return points.count();
    }

    /** Returns the number of candidates scored per proposal with the current number of stored points. */
    int candidateCount() {
        int requested = Math.min(UNIFORM_CANDIDATES + LOCAL_CANDIDATES, candidateCap);
        int affordable = PAIR_BUDGET / Math.max(1, points.count());
        return Math.min(requested, Math.max(MIN_CANDIDATES, affordable));
    }

    private void store(int[] position, double score) {
        if (!Double.isFinite(score)) {
            return;
        }
        points.normalize(position, normalized);
        points.add(normalized, score);
    }
}
