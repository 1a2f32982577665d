package dev.hyperactive.core.internal.memory;

import dev.hyperactive.spi.Observation;
import java.util.List;
import java.util.Map;

/**
 * The cache of evaluations that a job consults before calling the objective.
 *
 * <p>A job calls {@link #lookupOrClaim(int[], Hit)} for each position. On a hit the cached score
 * and extra outputs are copied into the {@link Hit}. On a miss the position is claimed for the
 * caller, who must then call either {@link #complete} with the result or {@link #abandon} when the
 * evaluation failed.
 */
public abstract class Memory {

    private static final Memory OFF = new Memory() {
        @Override
        public boolean lookupOrClaim(int[] position, Hit hit) {
            return false;
        }

        @Override
        public void complete(int[] position, double score, Map<String, Object> extras) {
        }

        @Override
        public void abandon(int[] position) {
        }

        @Override
        public void preload(List<Observation> observations) {
        }

        @Override
        public int size() {
            return 0;
        }
    };

    /** Returns a memory that caches nothing. */
    public static Memory off() {
        return OFF;
    }

    /** Returns a memory for one job at a time, without synchronization. */
    public static Memory local(int[] sizes) {
        return new LocalMemory(EvaluationStore.create(new PositionCodec(sizes)));
    }

    /** Returns a memory that several jobs may use at once, deduplicating positions in flight. */
    public static Memory shared(int[] sizes) {
        PositionCodec codec = new PositionCodec(sizes);
        return new SharedMemory(EvaluationStore.create(codec), EvaluationStore.create(codec));
    }

    /**
     * Returns whether {@code position} is cached, filling {@code hit}; otherwise claims it for the
     * caller. Waits while another job evaluates the same position.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public abstract boolean lookupOrClaim(int[] position, Hit hit) throws InterruptedException;

    /** Stores the result of a claimed position and wakes jobs waiting for it. */
    public abstract void complete(int[] position, double score, Map<String, Object> extras);

    /** Releases a claimed position whose evaluation failed, so a waiting job may evaluate it. */
    public abstract void abandon(int[] position);

    /** Stores earlier results without extra outputs; existing entries are kept. */
    public abstract void preload(List<Observation> observations);

    /** Returns the number of cached positions. */
    public abstract int size();

    /** A cached result, reused by a job for every lookup so that hits allocate nothing. */
    public static final class Hit {

        private double score;
        private Map<String, Object> extras;

        /** Returns the cached score. */
        public double score() {
            return score;
        }

        /** Returns the cached extra outputs, or null when there are none. */
        public Map<String, Object> extras() {
            return extras;
        }

        void set(double score, Map<String, Object> extras) {
            this.score = score;
            this.extras = extras;
        }
    }
}
