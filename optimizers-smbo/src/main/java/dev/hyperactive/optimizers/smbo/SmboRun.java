package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Observation;
import dev.hyperactive.spi.OptimizerContext;

/**
 * The base of one model-based run: it collects training data, draws candidates each iteration and
 * proposes the candidate that the subclass's acquisition function rates highest.
 *
 * <p><b>Training data.</b> Every evaluated position with a finite score, initial positions
 * included, in normalized coordinates (see {@link TrainingData}); NaN and infinite scores are left
 * out. With {@code warm_start_smbo} on (the default), the context's
 * {@link OptimizerContext#priorObservations() prior observations}, which carry the memory warm start
 * or the search data of an earlier strategy stage, are training data from the start. They are never
 * evaluated again by this run. This is how earlier search data reaches a model here, where
 * Gradient-Free-Optimizers takes it as a data frame in {@code warm_start_smbo}.
 *
 * <p><b>Each proposal.</b> Once the initial positions are used up:
 * <ol>
 *   <li>With {@code replacement = false} and every point of the space evaluated, it throws
 *       {@link IllegalStateException} "search space exhausted: all N positions were evaluated".</li>
 *   <li>With fewer than two finite scores, or all of them equal, it proposes a uniform random
 *       position. Gradient-Free-Optimizers fits its model to random numbers in that case, which
 *       only adds noise.</li>
 *   <li>Otherwise it calls {@link #fit(TrainingData)}, lets {@link #score(Candidates, double[])}
 *       rate the candidates and returns the first one with the highest rating. If the fit fails or
 *       no candidate is left, it proposes a uniform random position.</li>
 * </ol>
 *
 * <p><b>Candidates.</b> A subclass constructed with {@code scanSmallSpaces} scores every point of a space with at most
 * {@value #FULL_SCAN_POINTS} points, or fewer when {@code max_sample_size} or {@code sampling} is
 * smaller, as Gradient-Free-Optimizers does for every space up to its {@code max_sample_size}. The
 * points are decoded one after the other in mixed radix and scored in batches of
 * {@value #SCAN_BATCH} (see {@link SpaceScan}), so nothing is stored beyond one batch. In a larger
 * space, and in every space for the other subclasses, {@link #fillCandidates(Candidates, TrainingData)}
 * draws a fresh batch: by default the optimizer's own number of candidates, capped by
 * {@code max_sample_size} and {@code sampling} (see {@link SmboSettings#candidateCount(int)}), a
 * share of them uniform and the rest perturbations of the best observations ({@link CandidateSampler}).
 * Either way the number of candidates per iteration is bounded by a constant, so the cost of an
 * iteration depends on the numbers of observations and candidates, never on the size of the space.
 *
 * <p><b>Replacement.</b> With {@code replacement = false} every evaluated position, and every prior
 * observation used as training data, is remembered in {@link EvaluatedPositions}, and no candidate
 * or random fallback is one of them. If no such position is found in
 * {@value CandidateSampler#RANDOM_TRIES} random draws although the space is not covered, the run
 * throws {@link IllegalStateException} too: the positions left violate the constraints or are too
 * rare to find.
 */
abstract class SmboRun extends AbstractAskTellOptimizer {

    /**
     * The largest space whose every point is scored on each proposal, before the caps of
     * {@code max_sample_size} and {@code sampling}.
     */
    static final int FULL_SCAN_POINTS = 20_000;

    /** The number of positions scored together while the whole space is scanned. */
    static final int SCAN_BATCH = 1024;

    /** The observations the model learns from. */
    protected final TrainingData data;

    private final CandidateSampler sampler;
    private final Candidates candidates;
    private final EvaluatedPositions evaluated;
    private final SpaceScan scan;
    private final int uniformCount;
    private final int localCount;
    private final int[] bestCandidate;
    private double bestRating;
    private boolean found;
    private double[] acquisition;

    /**
     * Creates a run.
     *
     * @param settings the shared model-based parameters
     * @param preferredCount the optimizer's own number of candidates per iteration, before the caps
     * @param localShare the share of candidates that perturb the best observations, in [0, 1]
     * @param scanSmallSpaces whether to score every point of a space of at most
     *     {@value #FULL_SCAN_POINTS} points (after the caps) instead of sampling candidates
     */
    protected SmboRun(OptimizerContext context, SmboSettings settings, int preferredCount, double localShare,
            boolean scanSmallSpaces) {
        super(context);
        int[] sizes = context.dimensionSizes();
        this.data = new TrainingData(sizes);
        this.evaluated = settings.replacement() ? null : new EvaluatedPositions(sizes);
        this.sampler = new CandidateSampler(context, evaluated);
        this.scan = scanSmallSpaces ? SpaceScan.ofAtMost(sizes, settings.candidateCount(FULL_SCAN_POINTS)) : null;

        int total = settings.candidateCount(preferredCount);
        this.localCount = (int) Math.round(total * localShare);
        this.uniformCount = total - localCount;
        int capacity = scan == null ? total : Math.max(total, SCAN_BATCH);
        this.candidates = new Candidates(sizes, capacity);
        this.acquisition = new double[capacity];
        this.bestCandidate = new int[sizes.length];

        if (settings.warmStart()) {
            for (Observation observation : context.priorObservations()) {
                int[] position = observation.position();
                if (data.add(position, observation.score()) && evaluated != null) {
                    evaluated.add(position);
                }
            }
        }
    }

    /**
     * Fits the model to {@code data}, which is informative (see {@link TrainingData#isInformative()}).
     * Called once per proposal, before {@link #score(Candidates, double[])}; a model may reuse its
     * earlier fit for the rows it has seen.
     *
     * @return false if the model cannot be fitted, so that a random position is proposed instead
     */
    protected abstract boolean fit(TrainingData data);

    /**
     * Writes the acquisition value of each candidate into {@code acquisition[0, candidates.size())}.
     * Higher is better; NaN is never chosen. Called once per batch, several times per proposal
     * while the whole space is scanned.
     */
    protected abstract void score(Candidates candidates, double[] acquisition);

    /**
     * Fills {@code batch} with the candidates of one proposal when the space is too large to scan.
     * The default draws {@link #candidateCount()} candidates with the {@link CandidateSampler}: the
     * uniform share first, then perturbations of the best observations. A subclass that draws its
     * own must keep only positions that {@link #isAcceptable(int[])} accepts.
     */
    protected void fillCandidates(Candidates batch, TrainingData data) {
        sampler.sample(batch, uniformCount, localCount, data);
    }

    /** Returns the number of candidates per proposal when the space is sampled, after the caps. */
    protected final int candidateCount() {
        return uniformCount + localCount;
    }

    /**
     * Returns whether {@code position} may be proposed: it satisfies the constraints and, without
     * replacement, was not evaluated.
     */
    protected final boolean isAcceptable(int[] position) {
        return sampler.isAcceptable(position);
    }

    /** Returns whether every proposal scores the whole space, because it is small enough. */
    final boolean scansSpace() {
        return scan != null;
    }

    @Override
    protected final int[] propose() {
        if (evaluated != null && evaluated.coversSpace()) {
            throw new IllegalStateException("search space exhausted: all " + evaluated.spaceSize()
                    + " positions were evaluated");
        }
        if (!data.isInformative() || !fit(data)) {
            return randomProposal();
        }

        found = false;
        if (scan != null) {
            scan.restart();
            while (scan.hasNext()) {
                scan.fill(candidates, SCAN_BATCH, sampler);
                rate(candidates);
            }
        } else {
            fillCandidates(candidates, data);
            rate(candidates);
        }
        return found ? bestCandidate.clone() : randomProposal();
    }

    /** Scores a batch and keeps its best candidate if it beats the best of the earlier batches. */
    private void rate(Candidates batch) {
        int count = batch.size();
        if (count == 0) {
            return;
        }
        if (acquisition.length < count) {
            acquisition = new double[count];
        }
        score(batch, acquisition);

        for (int i = 0; i < count; i++) {
            double rating = acquisition[i];
            if (rating == rating && (!found || rating > bestRating)) {
                found = true;
                bestRating = rating;
                System.arraycopy(batch.position(i), 0, bestCandidate, 0, bestCandidate.length);
            }
        }
    }

    @Override
    protected final void tellInitial(int[] position, double score) {
        record(position, score);
    }

    @Override
    protected final void tellProposal(int[] position, double score) {
        record(position, score);
    }

    private void record(int[] position, double score) {
        data.add(position, score);
        if (evaluated != null) {
            evaluated.add(position);
        }
    }

    /**
     * Returns a uniform random position that satisfies the constraints and, with
     * {@code replacement = false}, was not evaluated. With replacement on and no such position
     * found, it returns an unchecked one for the engine to reject.
     */
    private int[] randomProposal() {
        int[] position = sampler.randomPosition();
        if (position != null) {
            return position;
        }
        if (evaluated != null) {
            throw new IllegalStateException("search space exhausted: no unevaluated position that satisfies "
                    + "the constraints was found in " + CandidateSampler.RANDOM_TRIES + " random draws ("
                    + evaluated.size() + " of " + evaluated.spaceSize() + " positions were evaluated)");
        }
        int[] sizes = context().dimensionSizes();
        int[] unchecked = new int[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            unchecked[d] = context().random().nextInt(sizes[d]);
        }
        return unchecked;
    }
}
