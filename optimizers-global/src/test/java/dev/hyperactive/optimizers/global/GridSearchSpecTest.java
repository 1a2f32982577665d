package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridSearchSpecTest {

    private final GridSearchProvider provider = new GridSearchProvider();

    @Test
    void settersReturnNewSpec() {
        GridSearchOptimizer defaults = new GridSearchOptimizer();

        GridSearchOptimizer changed = defaults.stepSize(3).direction("orthogonal");

        assertEquals(1, defaults.stepSize());
        assertEquals("diagonal", defaults.direction());
        assertEquals(3, changed.stepSize());
        assertEquals("orthogonal", changed.direction());
        assertNotEquals(defaults, changed);
        assertEquals(new GridSearchOptimizer().direction("orthogonal").stepSize(3), changed);
    }

    @Test
    void stepSizeZeroIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GridSearchOptimizer().stepSize(0));

        assertEquals("step_size must be positive: 0", e.getMessage());
    }

    @Test
    void unknownDirectionIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GridSearchOptimizer().direction("spiral"));

        assertEquals("direction must be one of diagonal, orthogonal: 'spiral'", e.getMessage());
    }

    @Test
    void parseReadsBothParameters() {
        GridSearchOptimizer spec = provider.parse(Map.of("step_size", "4", "direction", "orthogonal"));

        assertEquals(new GridSearchOptimizer().stepSize(4).direction("orthogonal"), spec);
    }

    @Test
    void parseOfUnknownParameterListsAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("resolution", "100")));

        assertEquals("unknown parameter 'resolution' for optimizer grid_search; accepted parameters: "
                + "step_size, direction", e.getMessage());
    }

    @Test
    void parseOfInvalidValuesNamesParameter() {
        IllegalArgumentException notInteger = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("step_size", "two")));
        IllegalArgumentException notPositive = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("step_size", "0")));
        IllegalArgumentException badDirection = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("direction", "up")));

        assertEquals("parameter step_size of optimizer grid_search must be an integer: 'two'", notInteger.getMessage());
        assertEquals("step_size must be positive: 0", notPositive.getMessage());
        assertEquals("parameter direction of optimizer grid_search must be one of diagonal, orthogonal: 'up'",
                badDirection.getMessage());
    }

    @Test
    void createAcceptsNamedSpecAndParsesIt() {
        OptimizerContext context = OptimizerContext.builder(5).build();
        OptimizerSpec named = OptimizerSpec.named("grid_search", Map.of("direction", "orthogonal"));

        var run = provider.create(named, context);

        assertEquals(0, run.ask()[0]);
        assertEquals(1, run.ask()[0]);
    }

    @Test
    void createRejectsSpecOfAnotherOptimizer() {
        OptimizerContext context = OptimizerContext.builder(5).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(new RandomSearchOptimizer(), context));

        assertEquals("the grid_search provider cannot create a run of optimizer random_search: random_search{}",
                e.getMessage());
    }
}
