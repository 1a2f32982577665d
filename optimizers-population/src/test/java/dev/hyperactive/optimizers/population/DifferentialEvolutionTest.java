package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferentialEvolutionTest {

    private final DifferentialEvolutionProvider provider = new DifferentialEvolutionProvider();

    @Test
    void membersStartAtInitialPositionsRoundRobin() {
        List<int[]> initials = List.of(new int[] {1, 1}, new int[] {2, 2}, new int[] {3, 3}, new int[] {4, 4});
        DifferentialEvolutionRun run = run(new DifferentialEvolutionOptimizer().population(3), initials, 9);

        tellScores(run, 1, 2, 3, 5);

        assertArrayEquals(new int[] {4, 4}, run.population().member(0).position());
        assertArrayEquals(new int[] {2, 2}, run.population().member(1).position());
        assertArrayEquals(new int[] {3, 3}, run.population().member(2).position());
    }

    /** A member's score never falls: a trial replaces its target only when it scores at least as high. */
    @Test
    void greedySelectionKeepsBetterTarget() {
        DifferentialEvolutionRun run = run(new DifferentialEvolutionOptimizer(), corners(), 10);
        int size = run.population().size();
        double[] previous = new double[size];
        Arrays.fill(previous, Double.NEGATIVE_INFINITY);

        for (int i = 0; i < 500 && run.restarts() == 0; i++) {
            int[] position = run.ask();
            run.tell(position, -Math.abs(position[0] - 70) - Math.abs(position[1] - 20));
            for (int m = 0; m < size && run.population().member(m).started(); m++) {
                double score = run.population().member(m).score();
                assertTrue(score >= previous[m], "member " + m + " fell from " + previous[m] + " to " + score);
                previous[m] = score;
            }
        }
    }

    @Test
    void stalledPopulationRestartsAllButBest() {
        DifferentialEvolutionRun run = run(new DifferentialEvolutionOptimizer().population(4), corners(), 11);
        tellScores(run, 1, 1, 1, 2);
        int limit = DifferentialEvolutionRun.STALL_GENERATIONS * 4;

        for (int i = 0; i < limit; i++) {
            run.tell(run.ask(), 0);
        }
        assertEquals(1, run.restarts());
        int[] bestBefore = run.population().member(3).position().clone();
        List<int[]> restarted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int[] position = run.ask();
            restarted.add(position);
            run.tell(position, -1);
        }

        assertArrayEquals(bestBefore, run.population().member(3).position());
        for (int m = 0; m < 3; m++) {
            assertArrayEquals(restarted.get(m), run.population().member(m).position(), "member " + m);
            assertEquals(-1, run.population().member(m).score());
        }
    }

    @Test
    void identicalMembersProposeTheirPosition() {
        List<int[]> initials = List.of(new int[] {40, 60}, new int[] {40, 60}, new int[] {40, 60},
                new int[] {40, 60});
        DifferentialEvolutionRun run = run(new DifferentialEvolutionOptimizer().population(4), initials, 12);
        tellScores(run, 1, 1, 1, 1);

        assertArrayEquals(new int[] {40, 60}, run.ask());
    }

    private DifferentialEvolutionRun run(DifferentialEvolutionOptimizer spec, List<int[]> initials, long seed) {
        OptimizerContext context = OptimizerContext.builder(101, 101).seed(seed).initialPositions(initials).build();
        return (DifferentialEvolutionRun) provider.create(spec, context);
    }

    private static List<int[]> corners() {
        return List.of(new int[] {0, 0}, new int[] {100, 0}, new int[] {0, 100}, new int[] {100, 100});
    }

    private static void tellScores(DifferentialEvolutionRun run, double... scores) {
        for (double score : scores) {
            run.tell(run.ask(), score);
        }
    }
}
