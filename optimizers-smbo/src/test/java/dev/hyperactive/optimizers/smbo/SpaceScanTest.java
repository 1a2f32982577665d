package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpaceScanTest {

    @Test
    void visitsEveryPositionInMixedRadixOrder() {
        int[] sizes = {2, 3};
        SpaceScan scan = SpaceScan.ofAtMost(sizes, 6);
        CandidateSampler sampler = new CandidateSampler(OptimizerContext.builder(sizes).seed(1).build(), null);
        Candidates batch = new Candidates(sizes, 4);

        List<int[]> visited = new ArrayList<>();
        scan.restart();
        while (scan.hasNext()) {
            scan.fill(batch, 4, sampler);
            for (int i = 0; i < batch.size(); i++) {
                visited.add(batch.position(i).clone());
            }
        }

        assertEquals(6, visited.size());
        assertArrayEquals(new int[] {0, 0}, visited.get(0));
        assertArrayEquals(new int[] {0, 2}, visited.get(2));
        assertArrayEquals(new int[] {1, 0}, visited.get(3));
        assertArrayEquals(new int[] {1, 2}, visited.get(5));
    }

    @Test
    void skipsExcludedPositions() {
        int[] sizes = {3};
        EvaluatedPositions evaluated = new EvaluatedPositions(sizes);
        evaluated.add(new int[] {1});
        SpaceScan scan = SpaceScan.ofAtMost(sizes, 10);
        Candidates batch = new Candidates(sizes, 8);

        scan.restart();
        scan.fill(batch, 8, new CandidateSampler(OptimizerContext.builder(sizes).seed(1).build(), evaluated));

        assertEquals(2, batch.size());
        assertArrayEquals(new int[] {2}, batch.position(1));
        assertFalse(scan.hasNext());
    }

    @Test
    void refusesLargerSpaces() {
        assertNull(SpaceScan.ofAtMost(new int[] {131, 131}, 17_160));
        assertNotNull(SpaceScan.ofAtMost(new int[] {131, 131}, 17_161));
        assertNull(SpaceScan.ofAtMost(new int[] {1_000_000, 1_000_000, 1_000_000, 1_000_000}, 20_000));
    }

    @Test
    void bayesianScansOnlySmallSpaces() {
        BayesianOptimizerProvider provider = new BayesianOptimizerProvider();
        BayesianOptimizer spec = new BayesianOptimizer();

        assertTrue(((SmboRun) provider.create(spec, OptimizerContext.builder(131, 131).build())).scansSpace());
        assertFalse(((SmboRun) provider.create(spec.maxSampleSize(1000), OptimizerContext.builder(131, 131).build()))
                .scansSpace());
        assertFalse(((SmboRun) provider.create(spec, OptimizerContext.builder(100, 100, 100).build())).scansSpace());
    }

    @Test
    void otherOptimizersSample() {
        OptimizerContext context = OptimizerContext.builder(131, 131).build();

        assertFalse(((SmboRun) new TreeStructuredParzenEstimatorsProvider()
                .create(new TreeStructuredParzenEstimators(), context)).scansSpace());
        assertFalse(((SmboRun) new ForestOptimizerProvider().create(new ForestOptimizer(), context)).scansSpace());
    }
}
