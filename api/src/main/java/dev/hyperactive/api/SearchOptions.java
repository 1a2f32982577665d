package dev.hyperactive.api;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Every option of Hyperactive's {@code add_search} except the objective, the search space and
 * {@code n_iter}, with the same defaults: random search, one job, 4 grid + 2 random + 4 vertex
 * initial positions, shared memory, no constraints, callbacks, caught exceptions or limits, and a
 * random seed.
 *
 * <p>Instances are immutable; {@link #toBuilder()} starts a modified copy. Every setter checks its
 * argument at once and throws {@link IllegalArgumentException} naming the option and the value.
 */
public final class SearchOptions {

    private static final SearchOptions DEFAULTS = builder().build();

    private final String searchId;
    private final OptimizerSpec optimizer;
    private final int nJobs;
    private final Initialization initialize;
    private final List<Constraint> constraints;
    private final Map<String, Object> passThrough;
    private final List<Callback> callbacksBefore;
    private final List<Callback> callbacksAfter;
    private final Map<Class<? extends Exception>, Double> catchExceptions;
    private final double maxScore;
    private final EarlyStopping earlyStopping;
    private final Long randomState;
    private final MemoryMode memory;
    private final SearchData memoryWarmStart;
    private final Duration maxTime;

    private SearchOptions(Builder b) {
        this.searchId = b.searchId;
        this.optimizer = b.optimizer;
        this.nJobs = b.nJobs;
        this.initialize = b.initialize;
        this.constraints = List.copyOf(b.constraints);
        this.passThrough = b.passThrough;
        this.callbacksBefore = List.copyOf(b.callbacksBefore);
        this.callbacksAfter = List.copyOf(b.callbacksAfter);
        this.catchExceptions = Collections.unmodifiableMap(new LinkedHashMap<>(b.catchExceptions));
        this.maxScore = b.maxScore;
        this.earlyStopping = b.earlyStopping;
        this.randomState = b.randomState;
        this.memory = b.memory;
        this.memoryWarmStart = b.memoryWarmStart;
        this.maxTime = b.maxTime;
    }

    /** Returns the default options. */
    public static SearchOptions defaults() {
        return DEFAULTS;
    }

    /** Returns a builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding these options. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the name shown in progress bars and results, if set; otherwise the engine uses the
     * objective's class name.
     */
    public Optional<String> searchId() {
        return Optional.ofNullable(searchId);
    }

    /** Returns the optimizer; the default is {@code OptimizerSpec.named("random_search")}. */
    public OptimizerSpec optimizer() {
        return optimizer;
    }

    /** Returns the number of independent jobs; -1 means one per available processor. */
    public int nJobs() {
        return nJobs;
    }

    /** Returns the initial positions. */
    public Initialization initialize() {
        return initialize;
    }

    /** Returns the constraints, all of which every evaluated position satisfies. */
    public List<Constraint> constraints() {
        return constraints;
    }

    /** Returns the pass-through map, the same mutable instance the builder was given. */
    public Map<String, Object> passThrough() {
        return passThrough;
    }

    /** Returns the callbacks run just before the objective. */
    public List<Callback> callbacksBefore() {
        return callbacksBefore;
    }

    /** Returns the callbacks run just after the objective. */
    public List<Callback> callbacksAfter() {
        return callbacksAfter;
    }

    /** Returns the caught exception classes, each with the score an evaluation gets when it is thrown. */
    public Map<Class<? extends Exception>, Double> catchExceptions() {
        return catchExceptions;
    }

    /** Returns the score at or above which a job stops, if set. */
    public OptionalDouble maxScore() {
        return Double.isNaN(maxScore) ? OptionalDouble.empty() : OptionalDouble.of(maxScore);
    }

    /** Returns the early-stopping rule, if set. */
    public Optional<EarlyStopping> earlyStopping() {
        return Optional.ofNullable(earlyStopping);
    }

    /** Returns the seed of job 0, if set; otherwise a seed is drawn and reported. */
    public OptionalLong randomState() {
        return randomState == null ? OptionalLong.empty() : OptionalLong.of(randomState);
    }

    /** Returns how evaluations are cached. */
    public MemoryMode memory() {
        return memory;
    }

    /** Returns earlier search data to preload into memory, if set. */
    public Optional<SearchData> memoryWarmStart() {
        return Optional.ofNullable(memoryWarmStart);
    }

    /** Returns the time limit per job, if set. */
    public Optional<Duration> maxTime() {
        return Optional.ofNullable(maxTime);
    }

    /** Builder of {@link SearchOptions}, starting from the defaults. */
    public static final class Builder {

        private String searchId;
        private OptimizerSpec optimizer = OptimizerSpec.named("random_search");
        private int nJobs = 1;
        private Initialization initialize = Initialization.defaults();
        private final List<Constraint> constraints = new ArrayList<>();
        private Map<String, Object> passThrough = Collections.synchronizedMap(new HashMap<>());
        private final List<Callback> callbacksBefore = new ArrayList<>();
        private final List<Callback> callbacksAfter = new ArrayList<>();
        private final Map<Class<? extends Exception>, Double> catchExceptions = new LinkedHashMap<>();
        private double maxScore = Double.NaN;
        private EarlyStopping earlyStopping;
        private Long randomState;
        private MemoryMode memory = MemoryMode.SHARED;
        private SearchData memoryWarmStart;
        private Duration maxTime;

        private Builder() {
        }

        private Builder(SearchOptions o) {
            this.searchId = o.searchId;
            this.optimizer = o.optimizer;
            this.nJobs = o.nJobs;
            this.initialize = o.initialize;
            this.constraints.addAll(o.constraints);
            this.passThrough = o.passThrough;
            this.callbacksBefore.addAll(o.callbacksBefore);
            this.callbacksAfter.addAll(o.callbacksAfter);
            this.catchExceptions.putAll(o.catchExceptions);
            this.maxScore = o.maxScore;
            this.earlyStopping = o.earlyStopping;
            this.randomState = o.randomState;
            this.memory = o.memory;
            this.memoryWarmStart = o.memoryWarmStart;
            this.maxTime = o.maxTime;
        }

        /**
         * Sets the name shown in progress bars and results, such as a study name.
         *
         * @throws IllegalArgumentException if {@code searchId} is blank
         */
        public Builder searchId(String searchId) {
            Objects.requireNonNull(searchId, "search_id must not be null");
            if (searchId.isBlank()) {
                throw new IllegalArgumentException("search_id must not be blank");
            }
            this.searchId = searchId;
            return this;
        }

        /** Sets the optimizer, for example {@code new HillClimbingOptimizer().epsilon(0.05)}. */
        public Builder optimizer(OptimizerSpec optimizer) {
            this.optimizer = Objects.requireNonNull(optimizer, "optimizer must not be null");
            return this;
        }

        /**
         * Sets the number of independent jobs, each with its own optimizer and seed.
         *
         * @param nJobs a positive count, or -1 for one job per available processor
         * @throws IllegalArgumentException if {@code nJobs} is 0 or below -1
         */
        public Builder nJobs(int nJobs) {
            if (nJobs == 0 || nJobs < -1) {
                throw new IllegalArgumentException(
                        "n_jobs must be positive, or -1 for one job per processor: " + nJobs);
            }
            this.nJobs = nJobs;
            return this;
        }

        /** Sets the initial positions. */
        public Builder initialize(Initialization initialize) {
            this.initialize = Objects.requireNonNull(initialize, "initialize must not be null");
            return this;
        }

        /** Adds constraints that every evaluated position must satisfy. */
        public Builder constraints(Constraint... constraints) {
            for (Constraint constraint : constraints) {
                this.constraints.add(Objects.requireNonNull(constraint, "constraint must not be null"));
            }
            return this;
        }

        /**
         * Sets the pass-through map that the objective and callbacks read through
         * {@link Parameters#passThrough()}. The map itself is passed, not a copy.
         */
        public Builder passThrough(Map<String, Object> passThrough) {
            this.passThrough = Objects.requireNonNull(passThrough, "pass_through must not be null");
            return this;
        }

        /** Adds callbacks that run just before the objective on every iteration. */
        public Builder callbacksBefore(Callback... callbacks) {
            for (Callback callback : callbacks) {
                callbacksBefore.add(Objects.requireNonNull(callback, "callback must not be null"));
            }
            return this;
        }

        /** Adds callbacks that run just after the objective on every iteration. */
        public Builder callbacksAfter(Callback... callbacks) {
            for (Callback callback : callbacks) {
                callbacksAfter.add(Objects.requireNonNull(callback, "callback must not be null"));
            }
            return this;
        }

        /**
         * Catches {@code type} and its subclasses thrown by the objective or a callback: the
         * evaluation gets {@code score} (often NaN) instead of stopping the run.
         */
        public Builder catchException(Class<? extends Exception> type, double score) {
            catchExceptions.put(Objects.requireNonNull(type, "exception type must not be null"), score);
            return this;
        }

        /** Catches every exception class in {@code scores}, each with its score. */
        public Builder catchExceptions(Map<Class<? extends Exception>, Double> scores) {
            scores.forEach((type, score) -> catchException(type,
                    Objects.requireNonNull(score, "score must not be null")));
            return this;
        }

        /**
         * Stops a job after the first iteration at which its best score is at least {@code maxScore}.
         * Zero is a limit like any other.
         *
         * @throws IllegalArgumentException if {@code maxScore} is NaN
         */
        public Builder maxScore(double maxScore) {
            if (Double.isNaN(maxScore)) {
                throw new IllegalArgumentException("max_score must not be NaN");
            }
            this.maxScore = maxScore;
            return this;
        }

        /** Sets the early-stopping rule. */
        public Builder earlyStopping(EarlyStopping earlyStopping) {
            this.earlyStopping = Objects.requireNonNull(earlyStopping, "early_stopping must not be null");
            return this;
        }

        /**
         * Sets the seed of job 0. Job k > 0 uses a seed mixed from it and k, and every job reports its
         * seed, so that seed given here with one job reproduces that job.
         */
        public Builder randomState(long randomState) {
            this.randomState = randomState;
            return this;
        }

        /** Sets how evaluations are cached. */
        public Builder memory(MemoryMode memory) {
            this.memory = Objects.requireNonNull(memory, "memory must not be null");
            return this;
        }

        /**
         * Preloads memory with earlier search data, which needs a column per parameter and a
         * {@code score} column. Rows whose values are not in the space are skipped and counted in
         * the log; preloaded positions are never evaluated again.
         */
        public Builder memoryWarmStart(SearchData searchData) {
            this.memoryWarmStart = Objects.requireNonNull(searchData, "memory_warm_start must not be null");
            return this;
        }

        /**
         * Sets the time limit of each job, checked after every iteration. Zero is a limit like any
         * other.
         *
         * @throws IllegalArgumentException if {@code maxTime} is negative
         */
        public Builder maxTime(Duration maxTime) {
            Objects.requireNonNull(maxTime, "max_time must not be null");
            if (maxTime.isNegative()) {
                throw new IllegalArgumentException("max_time must not be negative: " + maxTime);
            }
            this.maxTime = maxTime;
            return this;
        }

        /**
         * Sets the time limit of each job in seconds.
         *
         * @throws IllegalArgumentException if {@code seconds} is negative or not finite
         */
        public Builder maxTime(double seconds) {
            Checks.nonNegative("max_time", seconds);
            return maxTime(Duration.ofNanos(Math.round(seconds * 1e9)));
        }

        /** Builds the options. */
        public SearchOptions build() {
            return new SearchOptions(this);
        }
    }
}
