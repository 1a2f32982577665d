package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Observation;
import dev.hyperactive.spi.OptimizerContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TpeRunTest {

    private final TreeStructuredParzenEstimatorsProvider provider = new TreeStructuredParzenEstimatorsProvider();

    @Test
    void warmStartGuidesFirstProposal() {
        OptimizerContext context = OptimizerContext.builder(1001).seed(3).priorObservations(peakAt(800)).build();

        int[] first = provider.create(new TreeStructuredParzenEstimators(), context).ask();

        assertTrue(Math.abs(first[0] - 800) <= 100, "first proposal " + first[0]);
    }

    @Test
    void warmStartOffIgnoresPriorObservations() {
        int far = 0;
        for (long seed = 0; seed < 20; seed++) {
            OptimizerContext context = OptimizerContext.builder(1001).seed(seed).priorObservations(peakAt(800))
                    .build();

            int[] first = provider.create(new TreeStructuredParzenEstimators().warmStartSmbo(false), context).ask();

            far += Math.abs(first[0] - 800) > 100 ? 1 : 0;
        }
        assertTrue(far >= 10, "first proposals far from the prior peak: " + far + " of 20");
    }

    @Test
    void proposalsFollowGoodRegion() {
        OptimizerContext context = OptimizerContext.builder(1001, 1001).seed(5).build();
        AskTellOptimizer run = provider.create(new TreeStructuredParzenEstimators(), context);

        int near = 0;
        for (int i = 0; i < 100; i++) {
            int[] position = run.ask();
            double distance = Math.hypot(position[0] - 300, position[1] - 600);
            near += i >= 50 && distance < 100 ? 1 : 0;
            run.tell(position, -distance);
        }
        assertTrue(near >= 30, "of the last 50 proposals within 100 of the optimum: " + near);
    }

    @Test
    void equalScoresGiveUniformProposals() {
        OptimizerContext context = OptimizerContext.builder(1000).seed(2)
                .initialPositions(List.of(new int[] {500}, new int[] {501})).build();
        AskTellOptimizer run = provider.create(new TreeStructuredParzenEstimators(), context);

        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < 40; i++) {
            int[] position = run.ask();
            min = Math.min(min, position[0]);
            max = Math.max(max, position[0]);
            run.tell(position, 1.0);
        }
        assertTrue(min < 200, "lowest proposal " + min);
        assertTrue(max > 800, "highest proposal " + max);
    }

    @Test
    void nonFiniteScoresAreNotTrainingData() {
        OptimizerContext context = OptimizerContext.builder(1001).seed(4).build();
        AskTellOptimizer run = provider.create(new TreeStructuredParzenEstimators(), context);

        for (int i = 0; i < 60; i++) {
            int[] position = run.ask();
            double[] scores = {Double.NaN, Double.POSITIVE_INFINITY, -Math.abs(position[0] - 200)};
            run.tell(position, scores[i % 3]);
        }
        int near = 0;
        for (int i = 0; i < 20; i++) {
            int[] position = run.ask();
            near += Math.abs(position[0] - 200) <= 100 ? 1 : 0;
            run.tell(position, -Math.abs(position[0] - 200));
        }
        assertTrue(near >= 10, "proposals near the finite optimum: " + near + " of 20");
    }

    @Test
    void withoutReplacementNeverRepeatsAndThenFails() {
        OptimizerContext context = OptimizerContext.builder(5, 5).seed(6).build();
        AskTellOptimizer run = provider.create(new TreeStructuredParzenEstimators().replacement(false), context);

        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            int[] position = run.ask();
            assertTrue(seen.add(position[0] * 5 + position[1]), "repeated " + position[0] + ", " + position[1]);
            run.tell(position, -position[0] - position[1]);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, run::ask);

        assertEquals("search space exhausted: all 25 positions were evaluated", e.getMessage());
    }

    @Test
    void categoricalDimensionIsModelled() {
        OptimizerContext context = OptimizerContext.builder(6, 101).categorical(0).seed(8).build();
        AskTellOptimizer run = provider.create(new TreeStructuredParzenEstimators(), context);

        int right = 0;
        for (int i = 0; i < 80; i++) {
            int[] position = run.ask();
            right += i >= 40 && position[0] == 4 ? 1 : 0;
            run.tell(position, (position[0] == 4 ? 0 : -50) - Math.abs(position[1] - 30));
        }
        assertTrue(right >= 25, "of the last 40 proposals in the best category: " + right);
    }

    @Test
    void hundredDimensionsWork() {
        int[] sizes = new int[100];
        Arrays.fill(sizes, 50);
        AskTellOptimizer run = provider.create(new TreeStructuredParzenEstimators(),
                OptimizerContext.builder(sizes).seed(9).build());

        double first = Double.NaN;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 200; i++) {
            int[] position = run.ask();
            double score = 0;
            for (int index : position) {
                score -= (index - 20) * (index - 20);
            }
            first = i == 0 ? score : first;
            best = Math.max(best, score);
            run.tell(position, i % 7 == 6 ? Double.NaN : score);
        }
        assertTrue(best > first, "best " + best + ", first " + first);
    }

    private static List<Observation> peakAt(int peak) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i <= 1000; i += 20) {
            observations.add(new Observation(new int[] {i}, -Math.abs(i - peak)));
        }
        return observations;
    }
}
