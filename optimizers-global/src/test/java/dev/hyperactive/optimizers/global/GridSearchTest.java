package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GridSearchTest {

    private static final GridSearchOptimizer DIAGONAL = new GridSearchOptimizer();
    private static final GridSearchOptimizer ORTHOGONAL = new GridSearchOptimizer().direction("orthogonal");

    @Test
    void orthogonalKeepsSecondDimensionWhileSweepingFirst() {
        SplittableRandom random = new SplittableRandom(1);
        int[] vertex = {random.nextBoolean() ? 199 : 0, random.nextBoolean() ? 199 : 0};
        OptimizerContext context = OptimizerContext.builder(200, 200).seed(1).initialPositions(List.of(vertex)).build();

        List<int[]> asks = askAndTell(ORTHOGONAL, context, 50);

        long atFirstValue = asks.stream().filter(position -> position[1] == 0).count();
        assertTrue(atFirstValue >= 49, "proposals with the second index at 0: " + atFirstValue);
    }

    @Test
    void diagonalOneDimensionVisitsZeroThenCountsDown() {
        OptimizerContext context = OptimizerContext.builder(10).build();

        List<int[]> asks = askAndTell(DIAGONAL, context, 10);

        int[] expected = {0, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], asks.get(i)[0], "ask " + i);
        }
    }

    @Test
    void orthogonalOneDimensionCountsUp() {
        OptimizerContext context = OptimizerContext.builder(6).build();

        List<int[]> asks = askAndTell(ORTHOGONAL, context, 6);

        for (int i = 0; i < 6; i++) {
            assertEquals(i, asks.get(i)[0], "ask " + i);
        }
    }

    @Test
    void visitsEveryPointWhenBudgetIsSpaceSize() {
        int[][] spaces = {{37}, {12, 9}, {5, 1, 4}};
        for (int[] sizes : spaces) {
            for (GridSearchOptimizer spec : List.of(DIAGONAL, ORTHOGONAL)) {
                int size = 1;
                for (int s : sizes) {
                    size *= s;
                }

                List<int[]> asks = askAndTell(spec, OptimizerContext.builder(sizes).build(), size);

                assertEquals(size, distinct(asks), spec + " in space " + java.util.Arrays.toString(sizes));
            }
        }
    }

    @Test
    void findsOptimumWhenBudgetIsSpaceSize() {
        for (GridSearchOptimizer spec : List.of(DIAGONAL, ORTHOGONAL)) {
            OptimizerContext context = OptimizerContext.builder(21, 21).build();
            AskTellOptimizer run = new GridSearchProvider().create(spec, context);
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < 21 * 21; i++) {
                int[] position = run.ask();
                double score = 0.0 - Math.pow(position[0] - 10, 2) - Math.pow(position[1] - 10, 2);
                run.tell(position, score);
                best = Math.max(best, score);
            }

            assertEquals(0.0, best, spec.toString());
        }
    }

    @Test
    void diagonalRepeatsFirstPassAfterFullPass() {
        List<int[]> asks = askAndTell(DIAGONAL, OptimizerContext.builder(4, 3).build(), 24);

        for (int i = 0; i < 12; i++) {
            assertArrayEquals(asks.get(i), asks.get(i + 12), "ask " + i);
        }
    }

    @Test
    void orthogonalShiftsEachPassByOne() {
        List<int[]> asks = askAndTell(ORTHOGONAL, OptimizerContext.builder(5).build(), 15);

        int[] expected = {0, 1, 2, 3, 4, 1, 2, 3, 4, 0, 2, 3, 4, 0, 1};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], asks.get(i)[0], "ask " + i);
        }
    }

    @Test
    void proposesInitialPositionsBeforeWalkStartingAtZero() {
        List<int[]> initials = List.of(new int[] {3, 3}, new int[] {1, 2});
        OptimizerContext context = OptimizerContext.builder(4, 4).initialPositions(initials).build();

        List<int[]> asks = askAndTell(DIAGONAL, context, 4);

        assertArrayEquals(new int[] {3, 3}, asks.get(0));
        assertArrayEquals(new int[] {1, 2}, asks.get(1));
        assertArrayEquals(new int[] {0, 0}, asks.get(2));
    }

    @Test
    void skipsGridPointsThatViolateConstraints() {
        OptimizerContext context = OptimizerContext.builder(10).constraint(position -> position[0] % 2 == 1).build();

        List<int[]> asks = askAndTell(DIAGONAL, context, 5);

        int[] expected = {9, 7, 5, 3, 1};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], asks.get(i)[0], "ask " + i);
        }
    }

    @Test
    void stepSizeTwoInterleavesTwoDiagonals() {
        OptimizerContext context = OptimizerContext.builder(10).build();

        List<int[]> asks = askAndTell(DIAGONAL.stepSize(2), context, 6);

        int[] expected = {0, 1, 9, 0, 8, 9};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], asks.get(i)[0], "ask " + i);
        }
    }

    private static List<int[]> askAndTell(GridSearchOptimizer spec, OptimizerContext context, int count) {
        AskTellOptimizer run = new GridSearchProvider().create(spec, context);
        List<int[]> asks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] position = run.ask();
            asks.add(position.clone());
            run.tell(position, 0.0);
        }
        return asks;
    }

    private static int distinct(List<int[]> positions) {
        Set<List<Integer>> seen = new HashSet<>();
        for (int[] position : positions) {
            List<Integer> key = new ArrayList<>();
            for (int index : position) {
                key.add(index);
            }
            seen.add(key);
        }
        return seen.size();
    }
}
