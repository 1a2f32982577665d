package com.example.coordinate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoordinateDescentSpecTest {

    private final CoordinateDescentProvider provider = new CoordinateDescentProvider();

    @Test
    void defaults() {
        CoordinateDescentOptimizer spec = new CoordinateDescentOptimizer();
        assertEquals(Map.of("step", 0.25, "shrink", 0.5), spec.parameters());
        assertEquals(List.of("step", "shrink"), List.copyOf(spec.parameters().keySet()));
    }

    @Test
    void settersReturnNewSpecs() {
        CoordinateDescentOptimizer base = new CoordinateDescentOptimizer();
        CoordinateDescentOptimizer changed = base.step(0.1).shrink(0.7);
        assertEquals(0.25, base.step());
        assertEquals(0.1, changed.step());
        assertEquals(0.7, changed.shrink());
    }

    @Test
    void stepOutOfRangeRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CoordinateDescentOptimizer().step(0));
        assertEquals("step must be in (0, 1]: 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CoordinateDescentOptimizer().step(Double.NaN));
        assertEquals("step must be in (0, 1]: NaN", e.getMessage());
    }

    @Test
    void shrinkOutOfRangeRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CoordinateDescentOptimizer().shrink(1));
        assertEquals("shrink must be in (0, 1): 1.0", e.getMessage());
    }

    @Test
    void parseReadsBothParameters() {
        assertEquals(new CoordinateDescentOptimizer().step(0.5).shrink(0.25),
                provider.parse(Map.of("step", "0.5", "shrink", "0.25")));
    }

    @Test
    void parseRejectsBadValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("step", "large")));
        assertEquals("parameter step of optimizer coordinate_descent must be a number: 'large'", e.getMessage());
    }

    @Test
    void findsOptimumOfSmoothObjective() {
        int[] sizes = {101, 101};
        OptimizerContext context = OptimizerContext.builder(sizes).seed(3).iterations(200).build();
        var run = provider.create(OptimizerSpec.named("coordinate_descent"), context);

        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 200; i++) {
            int[] position = run.ask();
            double score = -Math.pow(position[0] - 30, 2) - Math.pow(position[1] - 70, 2);
            run.tell(position, score);
            best = Math.max(best, score);
        }
        assertTrue(best >= -2, "best score after 200 iterations: " + best);
    }
}
