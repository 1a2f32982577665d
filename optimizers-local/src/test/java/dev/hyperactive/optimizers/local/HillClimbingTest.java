package dev.hyperactive.optimizers.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HillClimbingTest {

    private final HillClimbingProvider provider = new HillClimbingProvider();

    /** Gradient-Free-Optimizers' check: with epsilon 0 every proposal is the start position. */
    @Test
    void epsilonZeroStaysAtStart() {
        OptimizerContext context = OptimizerContext.builder(201, 5).seed(3).categorical(1)
                .initialPositions(List.of(new int[] {0, 2})).build();
        AskTellOptimizer run = provider.create(new HillClimbingOptimizer().epsilon(0), context);

        double startScore = Double.NaN;
        for (int i = 0; i < 50; i++) {
            int[] position = run.ask();
            double x = position[0] - 100;
            double score = -x * x - position[1];
            if (i == 0) {
                startScore = score;
            }
            run.tell(position, score);

            assertEquals(startScore, score, "score of evaluation " + i);
        }
    }

    @Test
    void currentStartsAtBestInitialPosition() {
        List<int[]> initials = List.of(new int[] {10}, new int[] {700}, new int[] {400});
        HillClimbingRun run = run(new HillClimbingOptimizer().neighbours(10), initials);

        tellScores(run, 1, 9, 4);
        run.ask();

        assertArrayEquals(new int[] {700}, run.currentPosition());
    }

    @Test
    void currentStartsRandomWithoutFiniteScore() {
        HillClimbingRun run = run(new HillClimbingOptimizer(), List.of(new int[] {10}));

        tellScores(run, Double.NaN);
        run.ask();

        assertNotNull(run.currentPosition());
    }

    @Test
    void equalScoreDoesNotMoveCurrent() {
        HillClimbingRun run = run(randomProposals(), List.of(new int[] {500}));

        tellScores(run, 5, 5, Double.NaN);

        assertArrayEquals(new int[] {500}, run.currentPosition());
    }

    @Test
    void betterScoreMovesToLatestTiedBest() {
        HillClimbingRun run = run(randomProposals(), List.of(new int[] {500}));
        tellScores(run, 5, 1, 1);

        int[][] proposals = tellScores(run, 7, 7, 6);

        assertFalse(Arrays.equals(proposals[0], proposals[1]), "precondition: the two best proposals differ");
        assertArrayEquals(proposals[1], run.currentPosition());
    }

    @Test
    void worseWindowDoesNotMoveCurrent() {
        HillClimbingRun run = run(randomProposals(), List.of(new int[] {500}));
        tellScores(run, 5, 1, 1);
        int[][] better = tellScores(run, 6, 8, 7);

        tellScores(run, 3, 3, 3);

        assertArrayEquals(better[1], run.currentPosition());
    }

    @Test
    void windowSkipsNonFiniteScores() {
        HillClimbingRun run = run(randomProposals().neighbours(2), List.of(new int[] {500}));
        tellScores(run, 5, 1);

        int[][] proposals = tellScores(run, 9, Double.POSITIVE_INFINITY);

        assertArrayEquals(proposals[0], run.currentPosition());
    }

    @Test
    void stepsStayNearCurrent() {
        OptimizerContext context = OptimizerContext.builder(1001).seed(4)
                .initialPositions(List.of(new int[] {500})).build();
        AskTellOptimizer run = provider.create(new HillClimbingOptimizer().neighbours(1000), context);
        tellScores(run, 0);

        int moved = 0;
        for (int i = 0; i < 200; i++) {
            int[] position = run.ask();
            run.tell(position, 0);

            assertTrue(Math.abs(position[0] - 500) <= 6 * 30, "step of sigma 30 from 500 to " + position[0]);
            moved += position[0] == 500 ? 0 : 1;
        }
        assertTrue(moved > 150, "steps that left 500: " + moved);
    }

    /** The bar of Gradient-Free-Optimizers' performance tests for local optimizers. */
    @Test
    void meanBestOnParabolaBeatsBar() {
        double sum = 0;
        for (int seed = 0; seed < 33; seed++) {
            sum += bestOfParabolaRun(seed);
        }

        double mean = sum / 33;
        assertTrue(mean > -5, "mean best score over 33 seeds: " + mean);
    }

    /** Maximizes -x^2 for x in -100..100 with two vertex initial positions and 100 evaluations. */
    private double bestOfParabolaRun(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int first = random.nextBoolean() ? 200 : 0;
        OptimizerContext context = OptimizerContext.builder(201).seed(seed)
                .initialPositions(List.of(new int[] {first}, new int[] {200 - first})).build();
        AskTellOptimizer run = provider.create(provider.defaultSpec(), context);

        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 100; i++) {
            int[] position = run.ask();
            double x = position[0] - 100;
            run.tell(position, -x * x);
            best = Math.max(best, -x * x);
        }
        return best;
    }

    /** A spec whose proposals are all uniform random, so the window contains distinct positions. */
    private static HillClimbingOptimizer randomProposals() {
        return new HillClimbingOptimizer().randomRestartProbability(1);
    }

    private HillClimbingRun run(HillClimbingOptimizer spec, List<int[]> initials) {
        OptimizerContext context = OptimizerContext.builder(1_000_000).seed(8).initialPositions(initials).build();
        return (HillClimbingRun) provider.create(spec, context);
    }

    /** Asks once per score, tells it, and returns the asked positions. */
    private static int[][] tellScores(AskTellOptimizer run, double... scores) {
        int[][] positions = new int[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            positions[i] = run.ask();
            run.tell(positions[i], scores[i]);
        }
        return positions;
    }
}
