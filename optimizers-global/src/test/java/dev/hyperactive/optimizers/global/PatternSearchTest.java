package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.OptimizerContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternSearchTest {

    private final PatternSearchProvider provider = new PatternSearchProvider();

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException positions = assertThrows(IllegalArgumentException.class,
                () -> new PatternSearchOptimizer().positions(0));
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> new PatternSearchOptimizer().patternSize(0));
        IllegalArgumentException reduction = assertThrows(IllegalArgumentException.class,
                () -> new PatternSearchOptimizer().reduction(2));

        assertEquals("n_positions must be positive: 0", positions.getMessage());
        assertEquals("pattern_size must be a positive finite number: 0.0", size.getMessage());
        assertEquals("reduction must be between 0.0 and 1.0: 2.0", reduction.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        PatternSearchOptimizer spec = provider.parse(Map.of("n_positions", "2", "pattern_size", "0.1",
                "reduction", "0.5", "rand_rest_p", "0.05"));

        assertEquals(new PatternSearchOptimizer().positions(2).patternSize(0.1).reduction(0.5)
                .randomRestartProbability(0.05), spec);
    }

    /** Each probe moves one index of the current position by rint(0.25 * 100) = 25. */
    @Test
    void probesStepAlongOneAxis() {
        OptimizerContext context = OptimizerContext.builder(100, 100, 100).seed(4)
                .initialPositions(List.of(new int[] {50, 50, 50})).build();
        var run = provider.create(new PatternSearchOptimizer().positions(6), context);
        run.tell(run.ask(), 0);

        Set<List<Integer>> probes = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            int[] position = run.ask();
            probes.add(List.of(position[0], position[1], position[2]));
            run.tell(position, -1);
        }

        assertEquals(Set.of(List.of(75, 50, 50), List.of(25, 50, 50), List.of(50, 75, 50), List.of(50, 25, 50),
                List.of(50, 50, 75), List.of(50, 50, 25)), probes);
    }

    @Test
    void roundWithoutImprovementShrinksPattern() {
        OptimizerContext context = OptimizerContext.builder(100, 100).seed(5)
                .initialPositions(List.of(new int[] {50, 50})).build();
        PatternSearchRun run = (PatternSearchRun) provider.create(new PatternSearchOptimizer(), context);
        run.tell(run.ask(), 0);

        for (int i = 0; i < 4; i++) {
            run.tell(run.ask(), -1);
        }
        run.ask();

        assertEquals(0.25 * 0.9, run.patternSize(), 1e-12);
        assertArrayEquals(new int[] {50, 50}, run.currentPosition());
    }

    @Test
    void roundWithImprovementMovesCurrent() {
        OptimizerContext context = OptimizerContext.builder(100, 100).seed(6)
                .initialPositions(List.of(new int[] {50, 50})).build();
        PatternSearchRun run = (PatternSearchRun) provider.create(new PatternSearchOptimizer(), context);
        run.tell(run.ask(), -100);

        for (int i = 0; i < 4; i++) {
            int[] position = run.ask();
            run.tell(position, -Math.abs(position[0] - 75) - Math.abs(position[1] - 50));
        }
        run.ask();

        assertEquals(0.25, run.patternSize(), 1e-12);
        assertFalse(Arrays.equals(new int[] {50, 50}, run.currentPosition()), "current position moved");
    }
}
