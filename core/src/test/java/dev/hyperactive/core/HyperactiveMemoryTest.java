package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.MemoryMode;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.testing.Engines;
import dev.hyperactive.core.testing.FakeTicker;
import dev.hyperactive.core.testing.ScriptedProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HyperactiveMemoryTest {

    private static final SearchSpace ELEVEN = SearchSpace.builder().integers("x", 0, 10, 1).build();

    private final AtomicInteger calls = new AtomicInteger();
    private final Objective counting = p -> {
        calls.incrementAndGet();
        return -Math.abs(p.getInt("x") - 3);
    };

    private static int distinct(SearchData data, String... columns) {
        Set<List<Object>> seen = new HashSet<>();
        for (int row = 0; row < data.size(); row++) {
            List<Object> key = new ArrayList<>();
            for (String column : columns) {
                key.add(data.get(row, column));
            }
            seen.add(key);
        }
        return seen.size();
    }

    @Test
    void sharedCallsOncePerPosition() {
        Hyperactive hyper = Engines.quiet();
        hyper.addSearch(counting, ELEVEN, 40, Engines.random(2).memory(MemoryMode.SHARED).build());
        hyper.run();

        SearchData data = hyper.searchData(counting);
        assertEquals(40, data.size());
        assertEquals(11, distinct(data, "x"));
        assertEquals(11, calls.get());
        assertEquals(11, hyper.result(counting).evaluations());
    }

    @Test
    void offCallsEveryIteration() {
        Hyperactive hyper = Engines.quiet();
        hyper.addSearch(counting, ELEVEN, 40, Engines.random(3).memory(MemoryMode.OFF).build());
        hyper.run();

        assertEquals(40, hyper.searchData(counting).size());
        assertEquals(40, calls.get());
    }

    @Test
    void privateMemoryPerJob() {
        Hyperactive hyper = Engines.quiet();
        hyper.addSearch(counting, ELEVEN, 30, Engines.random(5).nJobs(2).memory(MemoryMode.PRIVATE).build());
        hyper.run();

        SearchData data = hyper.searchData(counting);
        int perJob = distinct(data, "x", "job");
        assertEquals(perJob, calls.get());
        assertTrue(perJob > distinct(data, "x"), "two private memories evaluate some positions twice");
    }

    @Test
    void twoJobsShareMemory() {
        Hyperactive hyper = Engines.quietBuilder().processes(2).build();
        hyper.addSearch(counting, ELEVEN, 30, Engines.random(5).nJobs(2).build());
        hyper.run();

        SearchData data = hyper.searchData(counting);
        assertEquals(60, data.size());
        assertEquals(distinct(data, "x"), calls.get());
    }

    @Test
    void equalSpacesOfTwoSearchesShare() {
        SearchSpace same = SearchSpace.builder().integers("x", 0, 10, 1).build();
        Hyperactive hyper = Engines.quiet();
        hyper.addSearch(counting, ELEVEN, 30, Engines.random(5).build());
        hyper.addSearch(counting, same, 30, Engines.random(6).build());
        hyper.run();

        assertEquals(60, hyper.searchData(counting).size());
        assertEquals(distinct(hyper.searchData(counting), "x"), calls.get());
    }

    @Test
    void differentSpacesDoNotShare() {
        SearchSpace shifted = SearchSpace.builder().integers("x", 1, 11, 1).build();
        ScriptedProvider scripted = new ScriptedProvider(new int[] {0}, new int[] {1}, new int[] {2});
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(counting, ELEVEN, 3, Engines.scripted().memory(MemoryMode.SHARED).build());
        hyper.addSearch(counting, shifted, 3, Engines.scripted().memory(MemoryMode.SHARED).build());
        hyper.run();

        assertEquals(6, calls.get());
        assertEquals(List.of(0, 1, 2, 1, 2, 3), hyper.searchData(counting).column("x"));
    }

    @Test
    void differentObjectivesDoNotShare() {
        AtomicInteger otherCalls = new AtomicInteger();
        Objective other = p -> {
            otherCalls.incrementAndGet();
            return p.getInt("x");
        };
        ScriptedProvider scripted = new ScriptedProvider(new int[] {0}, new int[] {1});
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(counting, ELEVEN, 4, Engines.scripted().memory(MemoryMode.SHARED).build());
        hyper.addSearch(other, ELEVEN, 4, Engines.scripted().memory(MemoryMode.SHARED).build());
        hyper.run();

        assertEquals(2, calls.get());
        assertEquals(2, otherCalls.get());
    }

    @Test
    void cacheHitRepeatsScoreAndExtrasWithoutEvalTime() {
        Objective recording = p -> {
            calls.incrementAndGet();
            p.record("square", p.getInt("x") * p.getInt("x"));
            return p.getInt("x");
        };
        ScriptedProvider scripted = new ScriptedProvider(new int[] {4}, new int[] {4});
        Hyperactive hyper = Engines.quietBuilder(scripted).ticker(new FakeTicker(1_000_000)).build();
        hyper.addSearch(recording, ELEVEN, 2, Engines.scripted().memory(MemoryMode.SHARED).build());
        hyper.run();

        SearchData data = hyper.searchData(recording, true);
        assertEquals(1, calls.get());
        assertEquals(List.of(4.0, 4.0), data.column("score"));
        assertEquals(List.of(16, 16), data.column("square"));
        assertTrue((Double) data.get(0, "eval_time") > 0);
        assertEquals(0.0, data.get(1, "eval_time"));
        assertTrue((Double) data.get(1, "iter_time") > 0);
    }

    @Test
    void hugeSpaceUsesCompactKeys() {
        SearchSpace.Builder builder = SearchSpace.builder();
        for (int d = 0; d < 20; d++) {
            builder.integers("x" + d, 0, 9999, 1);
        }
        SearchSpace huge = builder.build();
        int[] a = new int[20];
        int[] b = new int[20];
        b[19] = 9999;
        ScriptedProvider scripted = new ScriptedProvider(a, b, a, b);
        Objective objective = p -> {
            calls.incrementAndGet();
            return p.getInt("x19");
        };
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(objective, huge, 8, Engines.scripted().memory(MemoryMode.SHARED).build());
        hyper.run();

        assertEquals(2, calls.get());
        assertEquals(9999.0, hyper.bestScore(objective));
    }

    /**
     * Job 1 evaluates position 1 and then asks for position 0, which job 0 is still evaluating; job 0
     * returns only once job 1's thread waits, so job 1 must take job 0's result instead of evaluating.
     */
    @Test
    void inFlightPositionEvaluatedOnce() {
        InFlightScenario scenario = new InFlightScenario();
        Objective slow = scenario.objective(p -> 5);
        Hyperactive hyper = scenario.engine(slow);
        hyper.run();

        assertEquals(1, scenario.callsAtZero.get());
        SearchData data = hyper.searchData(slow);
        assertEquals(List.of(0, 0, 1, 0), data.column("x"));
        assertEquals(List.of(5.0, 5.0, 1.0, 5.0), data.column("score"));
        assertEquals(2, hyper.result(slow).evaluations());
    }

    /**
     * As above, but job 0's evaluation of position 0 throws once job 1 waits for it: the run fails and
     * job 1 must not evaluate the failing position again.
     */
    @Test
    void failedInFlightPositionNotRetried() {
        InFlightScenario scenario = new InFlightScenario();
        Objective failing = scenario.objective(p -> {
            throw new IllegalStateException("failed at 0");
        });
        Hyperactive hyper = scenario.engine(failing);

        SearchFailedException e = assertThrows(SearchFailedException.class, hyper::run);

        assertEquals(1, scenario.callsAtZero.get());
        assertTrue(e.getMessage().contains("failed at 0"), e.getMessage());
        assertEquals(List.of(1), hyper.searchData(failing).column("x"));
    }

    /**
     * Two jobs on shared memory: job 1 proposes positions 1 and 0, job 0 proposes 0. Job 0's
     * evaluation of position 0 lasts until job 1's thread waits for it.
     */
    private static final class InFlightScenario {

        final AtomicInteger callsAtZero = new AtomicInteger();
        private final CountDownLatch jobOneStarted = new CountDownLatch(1);
        private final AtomicReference<Thread> jobOneThread = new AtomicReference<>();

        /** Returns an objective that scores 1 at position 1 and, once job 1 waits, the score of {@code atZero} at 0. */
        Objective objective(Objective atZero) {
            return p -> {
                if (p.getInt("x") == 1) {
                    jobOneThread.set(Thread.currentThread());
                    jobOneStarted.countDown();
                    return 1;
                }
                callsAtZero.incrementAndGet();
                assertTrue(jobOneStarted.await(10, TimeUnit.SECONDS));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (jobOneThread.get().getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                return atZero.evaluate(p);
            };
        }

        /** Returns an engine with the two jobs' search of {@code objective} added. */
        Hyperactive engine(Objective objective) {
            long seed = 11;
            long jobOneSeed = Seeds.forJob(seed, 1);
            ScriptedProvider scripted = new ScriptedProvider(s -> s == jobOneSeed
                    ? List.of(new int[] {1}, new int[] {0}) : List.of(new int[] {0}));
            Hyperactive hyper = Engines.quietBuilder(scripted).processes(2).build();
            hyper.addSearch(objective, ELEVEN, 2, Engines.scripted().randomState(seed).nJobs(2)
                    .memory(MemoryMode.SHARED).build());
            return hyper;
        }
    }
}
