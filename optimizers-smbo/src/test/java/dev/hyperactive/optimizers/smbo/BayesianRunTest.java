package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

class BayesianRunTest {

    private final BayesianOptimizerProvider provider = new BayesianOptimizerProvider();

    @Test
    void withoutReplacementExhaustsSmallSpace() {
        OptimizerContext context = OptimizerContext.builder(2, 2).seed(3).build();
        AskTellOptimizer run = provider.create(new BayesianOptimizer().replacement(false), context);
        Set<String> asked = new HashSet<>();

        for (int i = 0; i < 4; i++) {
            int[] position = run.ask();
            assertTrue(asked.add(Arrays.toString(position)), "repeated " + Arrays.toString(position));
            run.tell(position, position[0] + 2.0 * position[1]);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, run::ask);

        assertEquals("search space exhausted: all 4 positions were evaluated", e.getMessage());
    }

    @Test
    void withoutReplacementNeverRepeatsPosition() {
        OptimizerContext context = OptimizerContext.builder(6, 5).seed(4)
                .initialPositions(List.of(new int[] {0, 0}, new int[] {5, 4}, new int[] {2, 2})).build();
        AskTellOptimizer run = provider.create(new BayesianOptimizer().replacement(false), context);
        Set<String> asked = new HashSet<>();

        for (int i = 0; i < 30; i++) {
            int[] position = run.ask();
            assertTrue(asked.add(Arrays.toString(position)), "ask " + i + " repeated " + Arrays.toString(position));
            run.tell(position, -Math.abs(position[0] - 4) - Math.abs(position[1] - 1));
        }
        assertThrows(IllegalStateException.class, run::ask);
    }

    @Test
    void withoutReplacementSkipsPriorObservations() {
        List<Observation> priors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            priors.add(new Observation(new int[] {i}, i));
        }
        OptimizerContext context = OptimizerContext.builder(4).seed(5).priorObservations(priors).build();
        AskTellOptimizer run = provider.create(new BayesianOptimizer().replacement(false), context);

        assertArrayEquals(new int[] {3}, run.ask());
    }

    @Test
    void priorObservationsAreTrainingDataWithWarmStart() {
        List<Observation> priors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            priors.add(new Observation(new int[] {i * 10, 90 - i * 10}, -Math.abs(i - 5)));
        }
        priors.add(new Observation(new int[] {3, 3}, Double.NaN));
        double[] initial = MaternKernel.initial(new int[] {100, 100}, new boolean[2]).logParameters();

        BayesianRun warm = firstProposal(new BayesianOptimizer(), priors);
        BayesianRun cold = firstProposal(new BayesianOptimizer().warmStartSmbo(false), priors);

        assertFalse(Arrays.equals(initial, warm.process().kernel().logParameters()), "warm run fitted the model");
        assertArrayEquals(initial, cold.process().kernel().logParameters(), "cold run proposed at random");
    }

    @Test
    void equalScoresFallBackToRandomPositions() {
        OptimizerContext context = OptimizerContext.builder(50, 50).seed(6)
                .initialPositions(List.of(new int[] {1, 1}, new int[] {40, 3})).build();
        BayesianRun run = (BayesianRun) provider.create(new BayesianOptimizer(), context);
        Set<String> asked = new HashSet<>();

        for (int i = 0; i < 20; i++) {
            int[] position = run.ask();
            asked.add(Arrays.toString(position));
            run.tell(position, 7.0);
        }

        assertArrayEquals(MaternKernel.initial(new int[] {50, 50}, new boolean[2]).logParameters(),
                run.process().kernel().logParameters(), "no model was fitted");
        assertTrue(asked.size() >= 18, "distinct positions: " + asked.size());
    }

    @Test
    void proposalsSatisfyConstraints() {
        OptimizerContext context = OptimizerContext.builder(40, 40).seed(7)
                .constraint(position -> position[0] + position[1] < 30)
                .initialPositions(List.of(new int[] {0, 0}, new int[] {20, 5}, new int[] {3, 25})).build();
        AskTellOptimizer run = provider.create(new BayesianOptimizer(), context);

        for (int i = 0; i < 40; i++) {
            int[] position = run.ask();
            if (i >= 3) {
                assertTrue(position[0] + position[1] < 30, "ask " + i + ": " + Arrays.toString(position));
            }
            run.tell(position, -Math.pow(position[0] - 25, 2) - Math.pow(position[1] - 2, 2));
        }
    }

    @Test
    void findsOptimumOfSmoothFunction() {
        OptimizerContext context = OptimizerContext.builder(201, 201).seed(8)
                .initialPositions(List.of(new int[] {0, 0}, new int[] {200, 200}, new int[] {0, 200},
                        new int[] {200, 0}, new int[] {100, 100})).build();
        AskTellOptimizer run = provider.create(new BayesianOptimizer(), context);
        double best = Double.NEGATIVE_INFINITY;

        for (int i = 0; i < 40; i++) {
            int[] position = run.ask();
            double score = -Math.pow(position[0] - 143, 2) - Math.pow(position[1] - 57, 2);
            run.tell(position, score);
            best = Math.max(best, score);
        }

        // Uniform random search reaches -50 within 40 evaluations with a probability of about 0.15.
        assertTrue(best >= -50, "best score after 40 evaluations: " + best);
    }

    @Test
    void worksInHundredDimensions() {
        int[] sizes = new int[100];
        Arrays.fill(sizes, 11);
        sizes[7] = 1;
        OptimizerContext context = OptimizerContext.builder(sizes).seed(9).categorical(3).build();
        AskTellOptimizer run = provider.create(new BayesianOptimizer(), context);
        double first = Double.NaN;
        double best = Double.NEGATIVE_INFINITY;

        for (int i = 0; i < 40; i++) {
            int[] position = run.ask();
            double score = 0;
            for (int d = 0; d < sizes.length; d++) {
                score -= Math.abs(position[d] - sizes[d] / 2);
            }
            run.tell(position, score);
            first = i == 0 ? score : first;
            best = Math.max(best, score);
        }

        assertNotEquals(first, best);
        assertTrue(best > first, "best " + best + ", first " + first);
    }

    private BayesianRun firstProposal(BayesianOptimizer spec, List<Observation> priors) {
        OptimizerContext context = OptimizerContext.builder(100, 100).seed(10).priorObservations(priors).build();
        BayesianRun run = (BayesianRun) provider.create(spec, context);
        run.ask();
        return run;
    }
}
