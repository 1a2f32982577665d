package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import org.junit.jupiter.api.Test;

class PopulationTest {

    private final OptimizerContext context = OptimizerContext.builder(10, 10).seed(3).build();

    private Population population(int size) {
        return new Population("test", size, context, new Moves(context));
    }

    @Test
    void initialsAreDealtRoundRobin() {
        Population population = population(2);

        population.tellInitial(new int[] {1, 1}, -5);
        population.tellInitial(new int[] {2, 2}, -3);
        population.tellInitial(new int[] {3, 3}, -1);
        population.tellInitial(new int[] {4, 4}, -9);
        population.finishInitialization();

        assertArrayEquals(new int[] {3, 3}, population.member(0).position());
        assertEquals(-1, population.member(0).score());
        assertArrayEquals(new int[] {2, 2}, population.member(1).position());
        assertFalse(population.hasUnstartedMember());
    }

    @Test
    void missingMembersGetRandomStarts() {
        Population population = population(3);
        population.tellInitial(new int[] {1, 1}, -5);
        population.skipInitial();
        population.finishInitialization();

        assertTrue(population.hasUnstartedMember());
        int[] first = population.nextStart();
        assertEquals(1, population.tellStart(first, -2));
        int[] second = population.nextStart();
        population.rejectStart();
        int[] third = population.nextStart();
        assertEquals(2, population.tellStart(third, Double.NaN));

        assertFalse(population.hasUnstartedMember());
        assertEquals(2, second.length);
        assertFalse(population.member(2).hasBest());
        assertEquals(1, population.bestMember());
    }

    @Test
    void tellStartWithoutPendingStartThrows() {
        Population population = population(1);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> population.tellStart(new int[] {0, 0}, 1));

        assertEquals("no start position waits for a score", e.getMessage());
    }

    @Test
    void rankPutsNonFiniteLast() {
        Population population = population(4);
        population.tellInitial(new int[] {0, 0}, Double.NaN);
        population.tellInitial(new int[] {1, 1}, -3);
        population.tellInitial(new int[] {2, 2}, 7);
        population.tellInitial(new int[] {3, 3}, -3);
        int[] order = new int[4];

        population.rankByScore(order);

        assertArrayEquals(new int[] {2, 1, 3, 0}, order);
    }

    @Test
    void nonPositiveSizeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> population(0));

        assertEquals("population must be positive: 0", e.getMessage());
    }
}
