package dev.hyperactive.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MovesTest {

    @Test
    void randomPositionCoversEveryValue() {
        Moves moves = new Moves(OptimizerContext.builder(5, 1, 3).seed(1).build());
        int[][] counts = new int[3][5];

        for (int i = 0; i < 3000; i++) {
            int[] position = moves.randomPosition();
            for (int d = 0; d < 3; d++) {
                counts[d][position[d]]++;
            }
        }

        for (int value = 0; value < 5; value++) {
            assertTrue(counts[0][value] > 450, "draws of value " + value + ": " + counts[0][value]);
        }
        assertEquals(3000, counts[1][0]);
        for (int value = 0; value < 3; value++) {
            assertTrue(counts[2][value] > 850, "draws of value " + value + ": " + counts[2][value]);
        }
    }

    @Test
    void neighbourWithEpsilonZeroIsCentre() {
        Moves moves = new Moves(OptimizerContext.builder(100, 7).categorical(1).seed(2).build());
        int[] centre = {40, 3};

        for (int i = 0; i < 100; i++) {
            assertArrayEquals(centre, moves.neighbour(centre, 0, NoiseDistribution.NORMAL));
        }
    }

    @Test
    void neighbourStepSigmaScalesWithRange() {
        Moves moves = new Moves(OptimizerContext.builder(10_001).seed(3).build());
        int[] centre = {5000};
        double sum = 0;
        double squares = 0;

        for (int i = 0; i < 20_000; i++) {
            int step = moves.neighbour(centre, 0.01, NoiseDistribution.NORMAL)[0] - 5000;
            sum += step;
            squares += (double) step * step;
        }

        assertArrayEquals(new int[] {5000}, centre);
        assertEquals(0, sum / 20_000, 2);
        assertEquals(100, Math.sqrt(squares / 20_000), 2);
    }

    @Test
    void neighbourIsClippedToBounds() {
        Moves moves = new Moves(OptimizerContext.builder(11).seed(4).build());
        int atLowerBound = 0;

        for (int i = 0; i < 1000; i++) {
            int index = moves.neighbour(new int[] {0}, 1.0, NoiseDistribution.LAPLACE)[0];
            assertTrue(index >= 0, "index " + index);
            assertTrue(index <= 10, "index " + index);
            atLowerBound += index == 0 ? 1 : 0;
        }

        assertTrue(atLowerBound > 400, "neighbours clipped to 0: " + atLowerBound);
    }

    @Test
    void categoricalSwitchesToOtherCategoryWithProbabilityEpsilon() {
        Moves moves = new Moves(OptimizerContext.builder(4).categorical(0).seed(5).build());
        int[] counts = new int[4];

        for (int i = 0; i < 10_000; i++) {
            counts[moves.neighbour(new int[] {2}, 0.3, NoiseDistribution.NORMAL)[0]]++;
        }

        assertEquals(7000, counts[2], 200);
        for (int other : new int[] {0, 1, 3}) {
            assertEquals(1000, counts[other], 150, "switches to category " + other);
        }
    }

    @Test
    void categoricalAlwaysSwitchesWithEpsilonOne() {
        Moves moves = new Moves(OptimizerContext.builder(2).categorical(0).seed(6).build());

        for (int i = 0; i < 100; i++) {
            assertArrayEquals(new int[] {1}, moves.neighbour(new int[] {0}, 1.0, NoiseDistribution.NORMAL));
        }
    }

    @Test
    void validNeighbourSatisfiesConstraint() {
        OptimizerContext context = OptimizerContext.builder(101).seed(7).constraint(p -> p[0] % 2 == 0).build();
        Moves moves = new Moves(context);

        for (int i = 0; i < 200; i++) {
            int[] position = moves.validNeighbour(new int[] {50}, 0.05, NoiseDistribution.NORMAL);
            assertEquals(0, position[0] % 2, "index " + position[0]);
        }
    }

    @Test
    void validNeighbourGivesUpAfterRetries() {
        AtomicInteger checks = new AtomicInteger();
        OptimizerContext context = OptimizerContext.builder(10, 10).seed(8)
                .constraint(p -> checks.incrementAndGet() < 0).build();

        int[] position = new Moves(context).validNeighbour(new int[] {5, 5}, 0.1, NoiseDistribution.NORMAL);

        assertEquals(Moves.MOVE_TRIES + Moves.RANDOM_TRIES, checks.get());
        for (int index : position) {
            assertTrue(index >= 0, "index " + index);
            assertTrue(index < 10, "index " + index);
        }
    }

    @Test
    void satisfyingFallsBackToRandomPositions() {
        AtomicInteger moveCalls = new AtomicInteger();
        OptimizerContext context = OptimizerContext.builder(1000).seed(9).constraint(p -> p[0] != 0).build();
        Moves.Move alwaysZero = target -> {
            moveCalls.incrementAndGet();
            target[0] = 0;
        };

        int[] position = new Moves(context).satisfying(alwaysZero);

        assertEquals(Moves.MOVE_TRIES, moveCalls.get());
        assertFalse(position[0] == 0, "fell back to a random position");
    }

    @Test
    void validRandomPositionSatisfiesConstraint() {
        OptimizerContext context = OptimizerContext.builder(10).seed(10).constraint(p -> p[0] == 7).build();

        assertArrayEquals(new int[] {7}, new Moves(context).validRandomPosition());
    }
}
