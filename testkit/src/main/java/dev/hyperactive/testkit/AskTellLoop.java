package dev.hyperactive.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A minimal search loop that drives one optimizer run the way the engine does, without memory,
 * stopping rules or threads: ask, check the constraints, then either reject or evaluate and tell.
 *
 * <p>Every asked position is checked as it arrives: it must be a fresh array (never one returned
 * before), have one index per dimension and have each index inside its dimension. The loop fails
 * after {@value #MAX_CONSECUTIVE_REJECTIONS} rejections in a row, as the engine does.
 */
public final class AskTellLoop {

    /** The number of rejections in a row after which the loop fails. */
    public static final int MAX_CONSECUTIVE_REJECTIONS = 1000;

    private final AskTellOptimizer optimizer;
    private final OptimizerContext context;
    private final int[] sizes;

    /** Creates a loop that drives {@code optimizer}, checking asks against {@code context}. */
    public AskTellLoop(AskTellOptimizer optimizer, OptimizerContext context) {
        this.optimizer = optimizer;
        this.context = context;
        this.sizes = context.dimensionSizes();
    }

    /**
     * Runs until {@code evaluations} positions were evaluated and told.
     *
     * @param evaluations the number of evaluations, rejected asks not counted
     * @param objective the score of a position
     */
    public Trace run(int evaluations, ToDoubleFunction<int[]> objective) {
        return run(evaluations, objective, false);
    }

    /**
     * Runs like {@link #run(int, ToDoubleFunction)}; with {@code overwriteAfterTell}, every told
     * array is overwritten right after {@code tell}, which must not change what the optimizer does.
     */
    public Trace run(int evaluations, ToDoubleFunction<int[]> objective, boolean overwriteAfterTell) {
        List<int[]> asks = new ArrayList<>();
        List<int[]> evaluated = new ArrayList<>();
        double[] scores = new double[evaluations];
        Set<int[]> returned = Collections.newSetFromMap(new IdentityHashMap<>());
        int rejections = 0;
        int consecutiveRejections = 0;
        int[] bestPosition = null;
        double bestScore = Double.NaN;

        int n = 0;
        while (n < evaluations) {
            int[] position = optimizer.ask();
            checkInsideSpace(position, asks.size());
            assertTrue(returned.add(position), "ask " + asks.size() + " returned an array it had returned before");
            asks.add(position.clone());

            if (!context.satisfiesConstraints(position)) {
                rejections++;
                consecutiveRejections++;
                if (consecutiveRejections >= MAX_CONSECUTIVE_REJECTIONS) {
                    fail(consecutiveRejections + " rejected asks in a row after " + n + " evaluations");
                }
                optimizer.reject(position);
                continue;
            }
            consecutiveRejections = 0;

            double score = objective.applyAsDouble(position);
            evaluated.add(position.clone());
            scores[n] = score;
            if (Double.isFinite(score) && (bestPosition == null || score > bestScore)) {
                bestPosition = position.clone();
                bestScore = score;
            }
            optimizer.tell(position, score);
            n++;

            if (overwriteAfterTell) {
                mirror(position);
            }
        }
        return new Trace(asks, evaluated, scores, rejections, bestPosition, bestScore);
    }

    private void checkInsideSpace(int[] position, int askIndex) {
        assertNotNull(position, "ask " + askIndex + " returned null");
        assertEquals(sizes.length, position.length, "ask " + askIndex + " has the wrong number of indices: "
                + Arrays.toString(position));
        for (int d = 0; d < sizes.length; d++) {
            if (position[d] < 0 || position[d] >= sizes[d]) {
                fail("ask " + askIndex + " has index " + position[d] + " in dimension " + d + " of size "
                        + sizes[d] + ": " + Arrays.toString(position));
            }
        }
    }

    /** Replaces every index {@code i} by {@code size - 1 - i}, which stays inside the space. */
    private void mirror(int[] position) {
        for (int d = 0; d < sizes.length; d++) {
            position[d] = sizes[d] - 1 - position[d];
        }
    }

    /**
     * What one loop saw.
     *
     * @param asks every asked position in order, rejected ones included (copies)
     * @param evaluated the evaluated positions in order (copies)
     * @param scores the score of each evaluated position
     * @param rejections the number of asks rejected by the constraints
     * @param bestPosition the first position with the highest finite score, or null
     * @param bestScore that score, or NaN
     */
    public record Trace(List<int[]> asks, List<int[]> evaluated, double[] scores, int rejections,
            int[] bestPosition, double bestScore) {

        /** Returns the share of asks that satisfied the constraints. */
        public double validShare() {
            return asks.isEmpty() ? 0 : (double) evaluated.size() / asks.size();
        }
    }
}
