package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.Observation;
import dev.hyperactive.spi.OptimizerContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LipschitzTest {

    private final LipschitzProvider provider = new LipschitzProvider();

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException sampling = assertThrows(IllegalArgumentException.class,
                () -> new LipschitzOptimizer().sampling(0));
        IllegalArgumentException warmStart = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("warm_start_smbo", "yes")));

        assertEquals("sampling must be positive: 0", sampling.getMessage());
        assertEquals("parameter warm_start_smbo of optimizer lipschitz_optimizer must be true or false: 'yes'",
                warmStart.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        LipschitzOptimizer spec = provider.parse(Map.of("max_sample_size", "500", "sampling", "200",
                "warm_start_smbo", "false"));

        assertEquals(new LipschitzOptimizer().maxSampleSize(500).sampling(200).warmStart(false), spec);
    }

    /** Slopes in normalized units: |(-10) - 0| / 0.5 = 20 beats |(-10) - (-5)| / 0.5 = 10. */
    @Test
    void lipschitzConstantIsLargestSlope() {
        OptimizerContext context = OptimizerContext.builder(101).seed(1)
                .initialPositions(List.of(new int[] {0}, new int[] {50}, new int[] {100})).build();
        LipschitzRun run = (LipschitzRun) provider.create(provider.defaultSpec(), context);

        run.tell(run.ask(), 0);
        run.tell(run.ask(), -10);
        run.tell(run.ask(), -5);

        assertEquals(20, run.lipschitz(), 1e-9);
    }

    /**
     * Points 0 and 1 score -1 and point 0.3 scores -2 (normalized), so L = 1 / 0.3. Right of 0.3 the
     * bound is min(-1 + L (1 - x), -2 + L (x - 0.3)), highest where the two meet: x = 0.8, index 80.
     */
    @Test
    void proposesMaximumOfUpperBound() {
        OptimizerContext context = OptimizerContext.builder(101).seed(2)
                .initialPositions(List.of(new int[] {0}, new int[] {100}, new int[] {30})).build();
        var run = provider.create(provider.defaultSpec(), context);
        run.tell(run.ask(), -1);
        run.tell(run.ask(), -1);
        run.tell(run.ask(), -2);

        int[] proposal = run.ask();

        assertTrue(proposal[0] >= 78, "proposal: " + proposal[0]);
        assertTrue(proposal[0] <= 82, "proposal: " + proposal[0]);
    }

    @Test
    void warmStartStoresPriorObservations() {
        List<Observation> prior = List.of(new Observation(new int[] {3, 4}, -1), new Observation(new int[] {5, 6}, 2),
                new Observation(new int[] {7, 8}, Double.NaN));
        OptimizerContext context = OptimizerContext.builder(10, 10).seed(3).priorObservations(prior).build();

        LipschitzRun withWarmStart = (LipschitzRun) provider.create(provider.defaultSpec(), context);
        LipschitzRun without = (LipschitzRun) provider.create(new LipschitzOptimizer().warmStart(false), context);

        assertEquals(2, withWarmStart.storedPoints());
        assertEquals(0, without.storedPoints());
    }

    @Test
    void candidateCountShrinksWithStoredPoints() {
        OptimizerContext context = OptimizerContext.builder(100, 100).seed(4).build();
        LipschitzRun run = (LipschitzRun) provider.create(provider.defaultSpec(), context);
        assertEquals(1_100, run.candidateCount());

        for (int i = 0; i < 1_000; i++) {
            run.tell(run.ask(), Math.sin(i));
        }

        assertEquals(300, run.candidateCount());
    }

    @Test
    void samplingCapsCandidateCount() {
        OptimizerContext context = OptimizerContext.builder(100, 100).seed(5).build();
        LipschitzRun run = (LipschitzRun) provider.create(new LipschitzOptimizer().sampling(50), context);

        assertEquals(50, run.candidateCount());
    }
}
