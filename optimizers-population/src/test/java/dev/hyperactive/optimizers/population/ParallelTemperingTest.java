package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class ParallelTemperingTest {

    private static final int ITERATIONS = 400;

    /** Returns the positions asked in a run on a 2-D space of 41 values per dimension. */
    private static List<int[]> proposals(ToDoubleFunction<int[]> score) {
        OptimizerContext context = OptimizerContext.builder(new int[] {41, 41})
                .seed(7)
                .iterations(ITERATIONS)
                .initialPositions(List.of(new int[] {0, 0}, new int[] {40, 40}, new int[] {0, 40}))
                .build();
        AskTellOptimizer optimizer = new ParallelTemperingProvider().create(new ParallelTemperingOptimizer(), context);
        List<int[]> positions = new ArrayList<>();
        for (int i = 0; i < ITERATIONS; i++) {
            int[] position = optimizer.ask();
            positions.add(position);
            optimizer.tell(position, score.applyAsDouble(position));
        }
        return positions;
    }

    /** Returns an integer-valued loss with many local minima, so that score differences are exact. */
    private static double loss(int[] position) {
        int a = position[0] - 29;
        int b = position[1] - 11;
        return a * a + b * b + 40 * ((position[0] % 7) + (position[1] % 5));
    }

    @Test
    void sequenceIgnoresScoreOffset() {
        List<int[]> negated = proposals(p -> -loss(p));
        List<int[]> shifted = proposals(p -> 1000 - loss(p));

        for (int i = 0; i < ITERATIONS; i++) {
            assertArrayEquals(negated.get(i), shifted.get(i), "iteration " + i);
        }
    }

    @Test
    void sequenceIgnoresScoreScale() {
        List<int[]> negated = proposals(p -> -loss(p));
        List<int[]> scaled = proposals(p -> -8 * loss(p));

        for (int i = 0; i < ITERATIONS; i++) {
            assertArrayEquals(negated.get(i), scaled.get(i), "iteration " + i);
        }
    }

    @Test
    void ladderIsGeometricFromOne() {
        double[] ladder = ParallelTemperingRun.ladder(5);

        assertEquals(1.0, ladder[0]);
        assertEquals(Math.pow(1.1, 25), ladder[4], 1e-12);
        assertEquals(ladder[1] / ladder[0], ladder[4] / ladder[3], 1e-12);
        assertArrayEquals(new double[] {1.0}, ParallelTemperingRun.ladder(1));
    }
}
