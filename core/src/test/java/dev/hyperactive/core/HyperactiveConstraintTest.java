package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.Initialization;
import dev.hyperactive.api.MemoryMode;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.testing.Engines;
import dev.hyperactive.core.testing.ScriptedProvider;
import dev.hyperactive.spi.OptimizerContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HyperactiveConstraintTest {

    private static final SearchSpace SPACE = SearchSpace.builder().integers("x", 0, 10, 1)
            .integers("y", 0, 10, 1).build();

    @Test
    void violatingPositionsNeverEvaluated() {
        AtomicInteger violations = new AtomicInteger();
        Objective objective = p -> {
            if (p.getInt("x") + p.getInt("y") <= 5) {
                violations.incrementAndGet();
            }
            return p.getInt("x");
        };
        Hyperactive hyper = Engines.quiet();
        hyper.addSearch(objective, SPACE, 60, Engines.random(3).initialize(Initialization.defaults())
                .constraints(v -> v.getInt("x") + v.getInt("y") > 5).memory(MemoryMode.OFF).build());
        hyper.run();

        assertEquals(0, violations.get());
        assertEquals(60, hyper.searchData(objective).size());
    }

    @Test
    void initialPositionsReplacedByValidOnes() {
        ScriptedProvider scripted = new ScriptedProvider(new int[] {9, 9});
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(p -> 0, SPACE, 1, Engines.scripted().initialize(Initialization.builder().vertices(4)
                .grid(4).build()).constraints(v -> v.getInt("x") >= 3).build());
        hyper.run();

        OptimizerContext context = scripted.contexts().get(0);
        assertEquals(8, context.initialPositions().size());
        context.initialPositions().forEach(position -> assertTrue(position[0] >= 3));
        assertTrue(context.satisfiesConstraints(new int[] {3, 0}));
        assertFalse(context.satisfiesConstraints(new int[] {2, 0}));
    }

    @Test
    void nearlyAllRejectedFails() {
        Objective objective = p -> 0;
        Hyperactive hyper = Engines.quiet();
        hyper.addSearch(objective, SPACE, 10, Engines.random(1).constraints(v -> false).build());

        SearchFailedException e = assertThrows(SearchFailedException.class, hyper::run);
        assertEquals("the constraints reject nearly every point: 1000 consecutive proposals were rejected",
                e.getMessage());
        assertNull(e.getCause());
        assertEquals(0, e.iteration());
        assertEquals(0, hyper.searchData(objective).size());
    }
}
