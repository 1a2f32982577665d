package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.Constraint;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.JobResult;
import dev.hyperactive.core.ProgressDisplay;
import dev.hyperactive.core.SearchDataRow;
import dev.hyperactive.core.SearchDataSink;
import dev.hyperactive.core.SearchFailedException;
import dev.hyperactive.core.Ticker;
import dev.hyperactive.core.internal.memory.Memory;
import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The loop of one job: ask, check constraints, look up memory, evaluate, record a row, tell the
 * optimizer, update progress and check the stopping rules. Every failure is reported to the
 * {@link RunControl} as a {@link SearchFailedException}; the rows recorded until then are kept.
 */
final class JobRun implements Runnable {

    /** Consecutive constraint rejections after which a job fails instead of asking forever. */
    static final int MAX_CONSECUTIVE_REJECTIONS = 1000;

    /** The maximum number of rows a job's record reserves room for up front. A longer job's record grows. */
    private static final int PRESIZED_ROWS = 1 << 14;

    private static final long INIT_STREAM = 0x6A09E667F3BCC909L;

    private final SearchRequest search;
    private final int job;
    private final int globalJob;
    private final long seed;
    private final Memory memory;
    private final Ticker ticker;
    private final ProgressDisplay display;
    private final SearchDataSink[] sinks;
    private final RunControl control;

    private final JobRecord record;
    private final EvaluationParameters parameters;
    private final Evaluator evaluator;
    private final StoppingRules stoppingRules;
    private final Memory.Hit hit = new Memory.Hit();
    private final int[] sizes;

    private AskTellOptimizer optimizer;
    private Predicate<int[]> constraintCheck;
    private int iteration;
    private int evaluations;
    private double bestScore = Double.NaN;
    private int bestRow = -1;
    private long loopNanos;

    JobRun(SearchRequest search, int job, int globalJob, long seed, Memory memory, EngineServices services,
            RunControl control) {
        this.search = search;
        this.job = job;
        this.globalJob = globalJob;
        this.seed = seed;
        this.memory = memory;
        this.ticker = services.ticker();
        this.display = services.display();
        this.sinks = services.sinks().toArray(new SearchDataSink[0]);
        this.control = control;

        SearchOptions options = search.options();
        this.sizes = search.space().sizes();
        this.record = new JobRecord(sizes.length, Math.min(search.nIter(), PRESIZED_ROWS));
        this.parameters = new EvaluationParameters(search.space(), options.passThrough(), job);
        this.evaluator = new Evaluator(search.objective(), options.callbacksBefore(), options.callbacksAfter(),
                options.catchExceptions());
        this.stoppingRules = new StoppingRules(options);
    }

    @Override
    public void run() {
        if (control.stopped()) {
            return;
        }
        display.start(globalJob, "[" + globalJob + "] " + search.searchId() + " ("
                + search.provider().displayName() + ")", search.nIter());
        long loopStart = ticker.nanoTime();
        try {
            this.constraintCheck = constraintCheck(search.space(), search.options().constraints());
            this.optimizer = createOptimizer();
            loop(loopStart);
        } catch (SearchFailedException e) {
            control.fail(e);
        } catch (RuntimeException | Error e) {
            control.fail(new SearchFailedException("optimizer " + search.spec().name() + " failed in job " + job
                    + ", iteration " + iteration + " of search '" + search.searchId() + "': " + e, Map.of(), job,
                    iteration, e));
        } finally {
            loopNanos = ticker.nanoTime() - loopStart;
            display.finish(globalJob, iteration);
        }
    }

    private AskTellOptimizer createOptimizer() {
        SearchSpace space = search.space();
        int[] sizes = space.sizes();
        List<int[]> initial = InitialPositions.create(sizes, search.options().initialize(), search.warmStarts(),
                orAllowAll(constraintCheck(space, search.options().constraints())),
                new SplittableRandom(seed ^ INIT_STREAM));

        OptimizerContext.Builder context = OptimizerContext.builder(sizes)
                .seed(seed)
                .initialPositions(initial)
                .constraint(orAllowAll(constraintCheck(space, search.options().constraints())))
                .iterations(search.nIter())
                .priorObservations(search.priorObservations());
        for (int d = 0; d < sizes.length; d++) {
            if (!space.dimension(d).isNumeric()) {
                context.categorical(d);
            }
        }
        return search.provider().create(search.spec(), context.build());
    }

    /**
     * Runs the iterations. Each iteration starts at the clock reading that ended the previous one, so
     * the clock is read once per iteration plus twice around each objective call. An iteration's time
     * therefore includes the progress update and stopping check that followed the previous iteration.
     */
    private void loop(long loopStart) {
        long iterationStart = ticker.nanoTime();
        while (iteration < search.nIter() && !control.stopped()) {
            int[] position = askAllowed();
            double score;
            Map<String, Object> extras;
            long evaluationNanos = 0;

            if (lookup(position)) {
                score = hit.score();
                extras = hit.extras();
            } else if (control.stopped()) {
                // Another job failed while this one waited for the position: give the claim back unevaluated.
                memory.abandon(position);
                break;
            } else {
                long evaluationStart = ticker.nanoTime();
                score = evaluate(position);
                evaluationNanos = ticker.nanoTime() - evaluationStart;
                extras = parameters.takeExtras();
                memory.complete(position, score, extras);
                evaluations++;
            }

            record.add(position, score, extras, evaluationNanos);
            if (Double.isFinite(score) && (bestRow < 0 || score > bestScore)) {
                bestScore = score;
                bestRow = iteration;
            }
            optimizer.tell(position, score);
            long now = ticker.nanoTime();
            long iterationNanos = now - iterationStart;
            iterationStart = now;
            record.setIterationTime(iterationNanos);
            if (sinks.length > 0) {
                publish(position, score, extras, evaluationNanos, iterationNanos);
            }
            iteration++;

            display.update(globalJob, iteration, bestScore, bestRow);
            if (stoppingRules.shouldStop(now - loopStart, score, bestScore)) {
                break;
            }
        }
    }

    /** Hands the row just recorded to every sink; a sink that throws fails the job. */
    private void publish(int[] position, double score, Map<String, Object> extras, long evaluationNanos,
            long iterationNanos) {
        SearchDataRow row = new SearchDataRow(search.searchId(), job, iteration, search.space().values(position),
                score, extras == null ? Map.of() : extras, evaluationNanos / 1e9, iterationNanos / 1e9);
        for (SearchDataSink sink : sinks) {
            try {
                sink.accept(row);
            } catch (RuntimeException e) {
                throw new SearchFailedException("search-data sink " + sink.getClass().getName() + " failed in job "
                        + job + ", iteration " + iteration + " of search '" + search.searchId() + "': " + e,
                        row.parameters(), job, iteration, e);
            }
        }
    }

    /** Asks until a position satisfies the constraints, rejecting the others. */
    private int[] askAllowed() {
        for (int rejected = 0; ; ) {
            int[] position = optimizer.ask();
            checkInside(position);
            if (constraintCheck == null || constraintCheck.test(position)) {
                return position;
            }
            optimizer.reject(position);
            rejected++;
            if (rejected >= MAX_CONSECUTIVE_REJECTIONS) {
                throw new SearchFailedException("the constraints reject nearly every point: "
                        + MAX_CONSECUTIVE_REJECTIONS + " consecutive proposals were rejected", Map.of(), job,
                        iteration, null);
            }
        }
    }

    private void checkInside(int[] position) {
        if (position == null || position.length != sizes.length) {
            throw new SearchFailedException("optimizer " + search.spec().name() + " proposed a position of "
                    + (position == null ? "null" : position.length + (position.length == 1 ? " index" : " indices"))
                    + " for a search space of " + sizes.length + (sizes.length == 1 ? " dimension: " : " dimensions: ")
                    + Arrays.toString(position), Map.of(), job, iteration, null);
        }

        // An index i of a dimension of n values is outside when i or n - 1 - i is negative. The sign bit
        // of their bitwise or over all dimensions shows whether any index is outside, with no branch.
        int signs = 0;
        for (int d = 0; d < sizes.length; d++) {
            signs |= position[d] | (sizes[d] - 1 - position[d]);
        }
        if (signs < 0) {
            throw outsideSpace(position);
        }
    }

    private SearchFailedException outsideSpace(int[] position) {
        return new SearchFailedException("optimizer " + search.spec().name() + " proposed a position outside "
                + "the search space: " + Arrays.toString(position), Map.of(), job, iteration, null);
    }

    private boolean lookup(int[] position) {
        try {
            return memory.lookupOrClaim(position, hit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchFailedException("job " + job + " was interrupted while waiting for another job's "
                    + "evaluation", search.space().values(position), job, iteration, e);
        }
    }

    private double evaluate(int[] position) {
        parameters.start(position, iteration);
        try {
            return evaluator.evaluate(parameters);
        } catch (Exception | Error e) {
            Map<String, Object> values = search.space().values(position);
            SearchFailedException failure = new SearchFailedException("the evaluation at " + values + " failed in job "
                    + job + ", iteration " + iteration + " of search '" + search.searchId() + "': " + e, values, job,
                    iteration, e);
            // The run stops before the claim is released, so that jobs waiting for this position wake
            // up to a stopped run instead of evaluating the failing position again.
            control.fail(failure);
            memory.abandon(position);
            throw failure;
        }
    }

    /** Returns the check of all constraints on positions, or null when there are none. */
    private static Predicate<int[]> constraintCheck(SearchSpace space, List<Constraint> constraints) {
        if (constraints.isEmpty()) {
            return null;
        }
        Constraint[] all = constraints.toArray(new Constraint[0]);
        PositionValues values = new PositionValues(space);
        return position -> {
            values.moveTo(position);
            for (Constraint constraint : all) {
                if (!constraint.test(values)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Predicate<int[]> orAllowAll(Predicate<int[]> check) {
        return check == null ? position -> true : check;
    }

    SearchRequest search() {
        return search;
    }

    int job() {
        return job;
    }

    JobRecord record() {
        return record;
    }

    /** Returns the outcome of the job; call it after the job has ended. */
    JobResult result() {
        Map<String, Object> bestParameters = bestRow < 0 ? Map.of() : search.space().values(record.position(bestRow));
        Map<String, Object> bestExtras = bestRow < 0 || record.extras(bestRow) == null ? Map.of()
                : record.extras(bestRow);
        return new JobResult(job, search.searchId(), search.spec().name(), search.provider().displayName(), seed,
                bestScore, bestParameters, bestExtras, bestRow, record.size(), evaluations,
                record.totalEvaluationNanos() / 1e9, loopNanos / 1e9);
    }
}
