package dev.hyperactive.core.internal.memory;

import dev.hyperactive.spi.Observation;
import java.util.List;
import java.util.Map;

/** A memory used by one job at a time, so it needs no synchronization and no claims. */
final class LocalMemory extends Memory {

    private final EvaluationStore store;

    LocalMemory(EvaluationStore store) {
        this.store = store;
    }

    @Override
    public boolean lookupOrClaim(int[] position, Hit hit) {
        return store.lookup(position, hit);
    }

    @Override
    public void complete(int[] position, double score, Map<String, Object> extras) {
        store.put(position, score, extras);
    }

    @Override
    public void abandon(int[] position) {
    }

    @Override
    public void preload(List<Observation> observations) {
        for (Observation observation : observations) {
            int[] position = observation.position();
            if (!store.contains(position)) {
                store.put(position, observation.score(), null);
            }
        }
    }

    @Override
    public int size() {
        return store.size();
    }
}
