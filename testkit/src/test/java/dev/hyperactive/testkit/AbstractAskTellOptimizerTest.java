package dev.hyperactive.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbstractAskTellOptimizerTest {

    @Test
    void initialPositionsComeFirstAsCopies() {
        List<int[]> initials = List.of(new int[] {1, 1}, new int[] {2, 0});
        Recorder run = new Recorder(OptimizerContext.builder(3, 3).initialPositions(initials).build());

        int[] first = run.ask();
        first[0] = 0;
        run.tell(first, 1);
        int[] second = run.ask();
        run.tell(second, 1);
        int[] third = run.ask();

        assertArrayEquals(new int[] {2, 0}, second);
        assertArrayEquals(new int[] {9 % 3, 0}, third);
        assertEquals(List.of("initial", "initial", "finish", "propose"), run.events);
    }

    @Test
    void finishInitializationRunsOnceWithoutInitialPositions() {
        Recorder run = new Recorder(OptimizerContext.builder(3).build());

        assertTrue(run.initialPhase());
        run.tell(run.ask(), 1);
        assertFalse(run.initialPhase());
        run.tell(run.ask(), 1);

        assertEquals(List.of("finish", "propose", "proposal", "propose", "proposal"), run.events);
    }

    @Test
    void rejectionReportsWhereThePositionCameFrom() {
        Recorder run = new Recorder(OptimizerContext.builder(3).initialPositions(List.of(new int[] {1})).build());

        run.reject(run.ask());
        run.reject(run.ask());

        assertEquals(List.of("rejected initial", "finish", "propose", "rejected proposal"), run.events);
        assertEquals(0, run.evaluations());
    }

    @Test
    void bestIgnoresNonFiniteScores() {
        Recorder run = new Recorder(OptimizerContext.builder(10).build());

        run.tell(run.ask(), Double.POSITIVE_INFINITY);
        run.tell(run.ask(), Double.NaN);

        assertFalse(run.hasBest());
        assertTrue(Double.isNaN(run.bestScore()));
        assertNull(run.bestPosition());

        run.tell(new int[] {4}, -3);
        run.tell(new int[] {5}, Double.NEGATIVE_INFINITY);

        assertEquals(-3, run.bestScore());
        assertArrayEquals(new int[] {4}, run.bestPosition());
        assertEquals(4, run.evaluations());
    }

    @Test
    void bestKeepsEarliestOfEqualScores() {
        Recorder run = new Recorder(OptimizerContext.builder(10).build());
        run.ask();
        int[] first = {2};
        run.tell(first, 5);
        first[0] = 9;

        run.tell(new int[] {3}, 5);

        assertArrayEquals(new int[] {2}, run.bestPosition());
        assertNotSame(run.bestPosition(), run.bestPosition());
    }

    /** Records which hooks ran and proposes index 9 modulo the size in the first dimension. */
    private static final class Recorder extends AbstractAskTellOptimizer {

        final List<String> events = new ArrayList<>();

        Recorder(OptimizerContext context) {
            super(context);
        }

        @Override
        protected int[] propose() {
            events.add("propose");
            int[] position = new int[context().dimensionCount()];
            position[0] = 9 % context().dimensionSize(0);
            return position;
        }

        @Override
        protected void finishInitialization() {
            events.add("finish");
        }

        @Override
        protected void tellInitial(int[] position, double score) {
            events.add("initial");
        }

        @Override
        protected void tellProposal(int[] position, double score) {
            events.add("proposal");
        }

        @Override
        protected void rejected(int[] position, boolean initial) {
            events.add(initial ? "rejected initial" : "rejected proposal");
        }

        boolean initialPhase() {
            return inInitialPhase();
        }

        long evaluations() {
            return evaluationCount();
        }
    }
}
