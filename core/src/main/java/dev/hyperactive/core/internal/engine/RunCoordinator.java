package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.MemoryMode;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.SearchDataSink;
import dev.hyperactive.core.SearchFailedException;
import dev.hyperactive.core.Seeds;
import dev.hyperactive.core.internal.memory.Memory;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the searches of a run into jobs, gives each job its seed and memory, runs them on the
 * backend and collects the outcome.
 */
public final class RunCoordinator {

    private static final System.Logger LOG = System.getLogger(RunCoordinator.class.getName());

    private RunCoordinator() {
    }

    /**
     * Runs every job of {@code searches} and returns when all have ended, failed or not.
     *
     * @param processes the maximum number of jobs running at once, or 0 for "auto": all of them, but
     *     at most {@value #AUTO_THREADS_PER_PROCESSOR} threads per available processor, so that a
     *     search of thousands of jobs runs them in batches instead of starting a thread for each
     */
    /** Threads per available processor that "auto" processes start at most. */
    static final int AUTO_THREADS_PER_PROCESSOR = 4;

    public static RunOutcome run(List<SearchRequest> searches, EngineServices services, int processes) {
        int jobCount = searches.stream().mapToInt(SearchRequest::nJobs).sum();
        int autoLimit = AUTO_THREADS_PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
        int parallelism = processes == 0 ? Math.min(jobCount, autoLimit) : processes;
        Map<MemoryIdentity, Memory> sharedMemories = sharedMemories(searches, parallelism > 1);

        RunControl control = new RunControl();
        List<JobRun> jobs = new ArrayList<>(jobCount);
        for (SearchRequest search : searches) {
            Memory shared = search.options().memory() != MemoryMode.SHARED ? null
                    : sharedMemories.get(new MemoryIdentity(search.objective(), search.space()));
            if (shared != null) {
                shared.preload(search.priorObservations());
            }
            for (int job = 0; job < search.nJobs(); job++) {
                long seed = Seeds.forJob(search.randomState(), job);
                LOG.log(Level.DEBUG, "job {0} of search ''{1}'' runs with seed {2}", job, search.searchId(),
                        Long.toString(seed));
                Memory memory = shared != null ? shared : privateMemory(search);
                jobs.add(new JobRun(search, job, jobs.size(), seed, memory, services, control));
            }
        }

        long start = services.ticker().nanoTime();
        try {
            services.backend().execute(jobs, Math.max(1, parallelism));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            control.fail(new SearchFailedException("the run was interrupted", Map.of(), -1, -1, e));
        }
        long totalNanos = services.ticker().nanoTime() - start;
        endSinks(services.sinks(), control);
        return new RunOutcome(jobs, totalNanos, control.failure());
    }

    /** Tells every sink that the run ended; a sink that throws fails the run unless it failed already. */
    private static void endSinks(List<SearchDataSink> sinks, RunControl control) {
        for (SearchDataSink sink : sinks) {
            try {
                sink.runEnded();
            } catch (RuntimeException e) {
                control.fail(new SearchFailedException("search-data sink " + sink.getClass().getName()
                        + " failed at the end of the run: " + e, Map.of(), -1, -1, e));
            }
        }
    }

    /** Creates one memory per objective instance and equal search space among the SHARED searches. */
    private static Map<MemoryIdentity, Memory> sharedMemories(List<SearchRequest> searches, boolean parallel) {
        Map<MemoryIdentity, Integer> jobCounts = new HashMap<>();
        for (SearchRequest search : searches) {
            if (search.options().memory() == MemoryMode.SHARED) {
                jobCounts.merge(new MemoryIdentity(search.objective(), search.space()), search.nJobs(), Integer::sum);
            }
        }

        Map<MemoryIdentity, Memory> memories = new HashMap<>();
        for (SearchRequest search : searches) {
            MemoryIdentity identity = new MemoryIdentity(search.objective(), search.space());
            if (jobCounts.containsKey(identity) && !memories.containsKey(identity)) {
                int[] sizes = search.space().sizes();
                boolean concurrent = parallel && jobCounts.get(identity) > 1;
                memories.put(identity, concurrent ? Memory.shared(sizes) : Memory.local(sizes));
            }
        }
        return memories;
    }

    /** Returns the memory of one job; with memory off, a memory warm start reaches only the optimizer. */
    private static Memory privateMemory(SearchRequest search) {
        if (search.options().memory() == MemoryMode.OFF) {
            return Memory.off();
        }
        Memory memory = Memory.local(search.space().sizes());
        memory.preload(search.priorObservations());
        return memory;
    }

    /** The key of a shared memory: the objective instance (by identity) and the search space (by value). */
    private static final class MemoryIdentity {

        private final Objective objective;
        private final SearchSpace space;

        MemoryIdentity(Objective objective, SearchSpace space) {
            this.objective = objective;
            this.space = space;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MemoryIdentity && ((MemoryIdentity) o).objective == objective
                    && ((MemoryIdentity) o).space.equals(space);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(objective) * 31 + space.hashCode();
        }
    }
}
