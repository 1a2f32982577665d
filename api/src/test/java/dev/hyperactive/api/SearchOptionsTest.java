package dev.hyperactive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchOptionsTest {

    @Test
    void defaultsFollowHyperactive() {
        SearchOptions options = SearchOptions.defaults();

        assertEquals("random_search", options.optimizer().name());
        assertEquals(1, options.nJobs());
        assertEquals(4, options.initialize().grid());
        assertEquals(2, options.initialize().random());
        assertEquals(4, options.initialize().vertices());
        assertEquals(MemoryMode.SHARED, options.memory());
        assertTrue(options.maxScore().isEmpty());
        assertTrue(options.maxTime().isEmpty());
        assertTrue(options.randomState().isEmpty());
        assertTrue(options.earlyStopping().isEmpty());
    }

    @Test
    void passThroughIsTheSameMap() {
        Map<String, Object> map = new HashMap<>();

        SearchOptions options = SearchOptions.builder().passThrough(map).build();

        assertSame(map, options.passThrough());
        assertSame(map, options.toBuilder().build().passThrough());
    }

    @Test
    void zeroLimitsAreLimits() {
        SearchOptions options = SearchOptions.builder().maxScore(0).maxTime(0.0).build();

        assertEquals(0.0, options.maxScore().getAsDouble());
        assertEquals(Duration.ZERO, options.maxTime().get());
    }

    @Test
    void allProcessorsIsMinusOne() {
        assertEquals(-1, SearchOptions.builder().nJobs(-1).build().nJobs());
    }

    @Test
    void zeroJobsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchOptions.builder().nJobs(0));

        assertEquals("n_jobs must be positive, or -1 for one job per processor: 0", e.getMessage());
    }

    @Test
    void negativeMaxTimeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchOptions.builder().maxTime(-1.0));

        assertEquals("max_time must be a finite number that is not negative: -1.0", e.getMessage());
    }

    @Test
    void negativeMaxTimeDurationIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchOptions.builder().maxTime(Duration.ofSeconds(-2)));

        assertEquals("max_time must not be negative: PT-2S", e.getMessage());
    }

    @Test
    void earlyStoppingWithZeroIterationsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EarlyStopping.of(0));

        assertEquals("n_iter_no_change must be positive: 0", e.getMessage());
    }

    @Test
    void earlyStoppingKeepsTolerances() {
        EarlyStopping rule = EarlyStopping.of(5).tolAbs(0.1).tolRel(2);

        assertEquals(5, rule.nIterNoChange());
        assertEquals(0.1, rule.tolAbs().getAsDouble());
        assertEquals(2.0, rule.tolRel().getAsDouble());
    }

    @Test
    void negativeInitializationCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Initialization.builder().grid(-1));

        assertEquals("initialize grid must not be negative: -1", e.getMessage());
    }

    @Test
    void initializationCountsWarmStarts() {
        Initialization init = Initialization.builder().random(1).warmStart(Map.of("x", 1)).build();

        assertEquals(2, init.count());
        assertEquals(Map.of("x", 1), init.warmStart().get(0));
    }

    @Test
    void nullOptimizerIsRejected() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> SearchOptions.builder().optimizer(null));

        assertEquals("optimizer must not be null", e.getMessage());
    }

    @Test
    void catchKeepsEntriesInOrder() {
        SearchOptions options = SearchOptions.builder()
                .catchException(ArithmeticException.class, Double.NaN)
                .catchException(IllegalStateException.class, -1)
                .build();

        assertEquals(2, options.catchExceptions().size());
        assertEquals(-1.0, options.catchExceptions().get(IllegalStateException.class));
    }
}
