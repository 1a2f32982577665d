package dev.hyperactive.core.internal.memory;

import dev.hyperactive.spi.Observation;
import java.util.List;
import java.util.Map;

/**
 * A memory that several jobs use at once. A position claimed by one job is "in flight": another job
 * asking for it waits on this object's monitor until the result is stored, so no position is
 * evaluated twice. Each critical section is one or two hash lookups.
 */
final class SharedMemory extends Memory {

    private final EvaluationStore results;
    private final EvaluationStore inFlight;

    SharedMemory(EvaluationStore results, EvaluationStore inFlight) {
        this.results = results;
        this.inFlight = inFlight;
    }

    @Override
    public synchronized boolean lookupOrClaim(int[] position, Hit hit) throws InterruptedException {
        while (true) {
            if (results.lookup(position, hit)) {
                return true;
            }
            if (!inFlight.contains(position)) {
                inFlight.put(position, Double.NaN, null);
                return false;
            }
            wait();
        }
    }

    @Override
    public synchronized void complete(int[] position, double score, Map<String, Object> extras) {
        results.put(position, score, extras);
        inFlight.remove(position);
        notifyAll();
    }

    @Override
    public synchronized void abandon(int[] position) {
        inFlight.remove(position);
        notifyAll();
    }

    @Override
    public synchronized void preload(List<Observation> observations) {
        for (Observation observation : observations) {
            int[] position = observation.position();
            if (!results.contains(position)) {
                results.put(position, observation.score(), null);
            }
        }
    }

    @Override
    public synchronized int size() {
        return results.size();
    }
}
