package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.Parameters;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link Parameters} of one job: the same instance on every iteration, moved to each new
 * position, as Hyperactive passes one access object per job. Extra outputs are collected per
 * evaluation.
 */
final class EvaluationParameters extends PositionValues implements Parameters {

    private final Map<String, Object> passThrough;
    private final int job;
    private final Set<String> reservedNames;
    private int iteration;
    private Map<String, Object> extras;

    EvaluationParameters(SearchSpace space, Map<String, Object> passThrough, int job) {
        super(space);
        this.passThrough = passThrough;
        this.job = job;
        this.reservedNames = new HashSet<>(space.names());
        reservedNames.addAll(Set.of(SearchData.SCORE, SearchData.JOB, SearchData.ITERATION,
                SearchData.EVAL_TIME, SearchData.ITER_TIME));
    }

    /** Moves to the next evaluation and forgets the extra outputs of the previous one. */
    void start(int[] position, int iteration) {
        moveTo(position);
        this.iteration = iteration;
        this.extras = null;
    }

    /** Returns the extra outputs recorded since {@link #start}, or null when none were recorded. */
    Map<String, Object> takeExtras() {
        Map<String, Object> taken = extras == null ? null : Collections.unmodifiableMap(extras);
        extras = null;
        return taken;
    }

    @Override
    public Map<String, Object> passThrough() {
        return passThrough;
    }

    @Override
    public void record(String name, Object value) {
        Objects.requireNonNull(name, "extra output name must not be null");
        if (reservedNames.contains(name)) {
            throw new IllegalArgumentException("extra output '" + name
                    + "' has the name of a search-data column; rename it");
        }
        if (extras == null) {
            extras = new LinkedHashMap<>();
        }
        extras.put(name, value);
    }

    @Override
    public int iteration() {
        return iteration;
    }

    @Override
    public int job() {
        return job;
    }
}
