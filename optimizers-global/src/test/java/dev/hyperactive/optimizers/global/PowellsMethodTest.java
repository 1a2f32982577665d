package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class PowellsMethodTest {

    private final PowellsMethodProvider provider = new PowellsMethodProvider();

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException lineSearch = assertThrows(IllegalArgumentException.class,
                () -> new PowellsMethodOptimizer().lineSearch("brent"));
        IllegalArgumentException points = assertThrows(IllegalArgumentException.class,
                () -> new PowellsMethodOptimizer().pointsPerLine(0));
        IllegalArgumentException threshold = assertThrows(IllegalArgumentException.class,
                () -> new PowellsMethodOptimizer().convergenceThreshold(Double.NaN));

        assertEquals("line_search must be one of grid, golden, hill_climb: 'brent'", lineSearch.getMessage());
        assertEquals("iters_p_dim must be positive: 0", points.getMessage());
        assertEquals("convergence_threshold must be a finite number: NaN", threshold.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        PowellsMethodOptimizer spec = provider.parse(Map.of("iters_p_dim", "6", "line_search", "hill_climb",
                "epsilon", "0.1", "distribution", "logistic", "convergence_threshold", "0.5", "rand_rest_p", "0.3"));

        assertEquals(new PowellsMethodOptimizer().pointsPerLine(6).lineSearch("hill_climb").epsilon(0.1)
                .distribution("logistic").convergenceThreshold(0.5).randomRestartProbability(0.3), spec);
    }

    @Test
    void parseOfUnknownLineSearchNamesParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("line_search", "bisect")));

        assertEquals("parameter line_search of optimizer powells_method must be one of grid, golden, hill_climb: "
                + "'bisect'", e.getMessage());
    }

    /**
     * From index 40 of 101 values the nearest bound is 40 away, so the grid spans t from -40 to 40 in
     * 9 steps; the point at t = 40, index 80, comes last and is not asked here.
     */
    @Test
    void gridLineSearchSpansNearestBoundDistance() {
        OptimizerContext context = OptimizerContext.builder(101).seed(1)
                .initialPositions(List.of(new int[] {40})).build();
        PowellsMethodRun run = (PowellsMethodRun) provider.create(new PowellsMethodOptimizer(), context);

        List<Integer> line = new ArrayList<>();
        run.tell(run.ask(), -Math.abs(40 - 70));
        for (int i = 0; i < 8; i++) {
            int[] position = run.ask();
            line.add(position[0]);
            run.tell(position, -Math.abs(position[0] - 70));
        }

        assertEquals(List.of(0, 9, 18, 27, 36, 44, 53, 62), line);
    }

    @Test
    void convergesToRandomProposalsWithoutImprovement() {
        OptimizerContext context = OptimizerContext.builder(50, 50).seed(2)
                .initialPositions(List.of(new int[] {25, 25})).build();
        PowellsMethodRun run = (PowellsMethodRun) provider.create(new PowellsMethodOptimizer(), context);

        for (int i = 0; i < 40; i++) {
            run.tell(run.ask(), 1.0);
        }

        assertTrue(run.converged());
    }

    @Test
    void cycleReplacesDirectionOfLargestImprovement() {
        int[] sizes = {101, 101};
        OptimizerContext context = OptimizerContext.builder(sizes).seed(3)
                .initialPositions(List.of(new int[] {50, 50})).build();
        PowellsMethodRun run = (PowellsMethodRun) provider.create(new PowellsMethodOptimizer(), context);
        ToDoubleFunction<int[]> objective = p -> -Math.pow(p[0] - 80, 2) - 0.01 * Math.pow(p[1] - 60, 2);

        for (int i = 0; i < 21; i++) {
            int[] position = run.ask();
            run.tell(position, objective.applyAsDouble(position));
        }
        run.ask();

        assertFalse(run.converged());
        double[] replaced = run.direction(0);
        assertArrayEquals(new double[] {0, 1}, run.direction(1));
        assertTrue(replaced[0] > 0.9, "direction 0: " + replaced[0] + ", " + replaced[1]);
        assertTrue(replaced[1] > 0, "direction 0: " + replaced[0] + ", " + replaced[1]);
    }

    @Test
    void sameSeedRepeatsHillClimbLineSearch() {
        PowellsMethodOptimizer spec = new PowellsMethodOptimizer().lineSearch("hill_climb");

        assertEquals(asks(spec, 7), asks(spec, 7));
    }

    private List<List<Integer>> asks(PowellsMethodOptimizer spec, long seed) {
        OptimizerContext context = OptimizerContext.builder(60, 60).seed(seed)
                .initialPositions(List.of(new int[] {10, 50})).build();
        var run = provider.create(spec, context);
        List<List<Integer>> asks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int[] position = run.ask();
            asks.add(List.of(position[0], position[1]));
            run.tell(position, -Math.abs(position[0] - 30) - Math.abs(position[1] - 20));
        }
        return asks;
    }
}
