package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectAlgorithmTest {

    private final DirectAlgorithmProvider provider = new DirectAlgorithmProvider();

    @Test
    void parseRejectsAnyParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("max_sample_size", "100")));

        assertEquals("unknown parameter 'max_sample_size' for optimizer direct_algorithm; accepted parameters: none",
                e.getMessage());
    }

    /** 27 values: the centre 13, then the centres of the outer thirds [0, 8] and [18, 26]. */
    @Test
    void proposesCentreThenOuterThirds() {
        OptimizerContext context = OptimizerContext.builder(27).seed(1).build();
        var run = provider.create(provider.defaultSpec(), context);

        List<Integer> asks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int[] position = run.ask();
            asks.add(position[0]);
            run.tell(position, -Math.abs(position[0] - 20));
        }

        assertEquals(List.of(13, 4, 22), asks);
    }

    @Test
    void visitsEveryPositionOfSmallSpaceOnce() {
        OptimizerContext context = OptimizerContext.builder(3, 3).seed(2).build();
        var run = provider.create(provider.defaultSpec(), context);

        Set<List<Integer>> seen = new HashSet<>();
        for (int i = 0; i < 9; i++) {
            int[] position = run.ask();
            seen.add(List.of(position[0], position[1]));
            run.tell(position, -position[0] - 2 * position[1]);
        }

        assertEquals(9, seen.size());
    }

    @Test
    void constraintViolatingCentresAreNotProposed() {
        OptimizerContext context = OptimizerContext.builder(30, 30).seed(3).constraint(p -> p[0] >= 10).build();
        var run = provider.create(provider.defaultSpec(), context);

        for (int i = 0; i < 200; i++) {
            int[] position = run.ask();
            assertTrue(position[0] >= 10, "ask " + i + " at " + position[0]);
            run.tell(position, -Math.abs(position[0] - 3) - Math.abs(position[1] - 20));
        }
    }
}
