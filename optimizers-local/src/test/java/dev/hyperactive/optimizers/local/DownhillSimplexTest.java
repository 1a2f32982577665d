package dev.hyperactive.optimizers.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The steps of downhill simplex in a 2-D space of 21 x 21 indices. The initial simplex is
 * (0, 10) scoring 3, (10, 0) scoring 2 and (0, 0) scoring 1, so the centroid of the two best
 * vertices is (5, 5) and the worst vertex is (0, 0).
 */
class DownhillSimplexTest {

    private final DownhillSimplexProvider provider = new DownhillSimplexProvider();

    @Test
    void firstProposalReflectsWorstVertex() {
        DownhillSimplexRun run = startedRun();

        assertArrayEquals(new int[] {10, 10}, run.ask());
    }

    @Test
    void reflectionBeyondBestExpands() {
        DownhillSimplexRun run = startedRun();
        run.tell(run.ask(), 4);

        assertEquals("EXPAND", run.nextStep());
        assertArrayEquals(new int[] {15, 15}, run.ask());
    }

    /** After the expansion (15, 15) replaced (0, 0), the centroid is (7.5, 12.5) and (10, 0) is reflected. */
    @Test
    void betterExpansionReplacesWorstVertex() {
        DownhillSimplexRun run = startedRun();
        run.tell(run.ask(), 4);
        run.tell(run.ask(), 5);

        assertArrayEquals(new int[] {5, 20}, run.ask());
    }

    /** The reflection (10, 10) replaces (0, 0), so the centroid is (5, 10) and (10, 0) is reflected. */
    @Test
    void reflectionBetweenSecondWorstAndBestReplacesWorst() {
        DownhillSimplexRun run = startedRun();
        run.tell(run.ask(), 2.5);

        assertEquals("REFLECT", run.nextStep());
        assertArrayEquals(new int[] {0, 20}, run.ask());
    }

    /** A reflection worse than the worst vertex contracts from the worst vertex: (0, 0) + 0.5 * (5, 5). */
    @Test
    void poorReflectionContracts() {
        DownhillSimplexRun run = startedRun();
        run.tell(run.ask(), 0);

        assertEquals("CONTRACT", run.nextStep());
        assertArrayEquals(new int[] {2, 2}, run.ask());
    }

    /** A reflection between worst and second worst contracts from the reflection: (10, 10) - 0.5 * (5, 5). */
    @Test
    void middlingReflectionContractsFromIt() {
        DownhillSimplexRun run = startedRun();
        run.tell(run.ask(), 1.5);

        assertArrayEquals(new int[] {8, 8}, run.ask());
    }

    /** A failed contraction shrinks the two other vertices halfway to the best (0, 10). */
    @Test
    void failedContractionShrinks() {
        DownhillSimplexRun run = startedRun();
        run.tell(run.ask(), 0);
        run.tell(run.ask(), 0);

        assertArrayEquals(new int[] {5, 5}, run.ask());
        run.tell(new int[] {5, 5}, 0);
        assertArrayEquals(new int[] {0, 5}, run.ask());
        run.tell(new int[] {0, 5}, 0);
        assertEquals("REFLECT", run.nextStep());
    }

    @Test
    void nonFiniteScoreRanksBelowEveryVertex() {
        DownhillSimplexRun run = startedRun();
        run.tell(run.ask(), Double.NaN);

        assertEquals("CONTRACT", run.nextStep());
    }

    @Test
    void simplexUsesBestDistinctInitialPositions() {
        List<int[]> initials = List.of(new int[] {0, 0}, new int[] {20, 20}, new int[] {0, 10}, new int[] {0, 10},
                new int[] {10, 0});
        DownhillSimplexRun run = run(initials);
        double[] scores = {1, -5, 3, 3, 2};
        for (double score : scores) {
            run.tell(run.ask(), score);
        }

        assertArrayEquals(new int[] {10, 10}, run.ask());
    }

    @Test
    void missingVerticesAreEvaluatedFirst() {
        DownhillSimplexRun run = run(List.of(new int[] {3, 3}));
        run.tell(run.ask(), 1);

        run.tell(run.ask(), 0);
        assertEquals("EVALUATE", run.nextStep());
        run.tell(run.ask(), 0);

        assertEquals("REFLECT", run.nextStep());
    }

    /** With equal scores everywhere the simplex collapses again and again; each rebuild must find new points. */
    @Test
    void collapsedSimplexKeepsExploring() {
        DownhillSimplexRun run = run(List.of(new int[] {10, 10}));
        Set<List<Integer>> seen = new HashSet<>();

        for (int i = 0; i < 300; i++) {
            int[] position = run.ask();
            run.tell(position, 1);
            seen.add(List.of(position[0], position[1]));
        }

        assertTrue(seen.size() > 20, "distinct positions: " + seen.size());
    }

    private DownhillSimplexRun startedRun() {
        DownhillSimplexRun run = run(List.of(new int[] {0, 0}, new int[] {10, 0}, new int[] {0, 10}));
        run.tell(run.ask(), 1);
        run.tell(run.ask(), 2);
        run.tell(run.ask(), 3);
        return run;
    }

    private DownhillSimplexRun run(List<int[]> initials) {
        OptimizerContext context = OptimizerContext.builder(21, 21).seed(2).initialPositions(initials).build();
        return (DownhillSimplexRun) provider.create(new DownhillSimplexOptimizer(), context);
    }
}
