package dev.hyperactive.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecParametersTest {

    private static final List<String> ACCEPTED = List.of("epsilon", "n_neighbours", "distribution");

    @Test
    void absentNamesKeepDefaults() {
        SpecParameters parameters = SpecParameters.of("hill_climbing", Map.of("epsilon", "0.1"), ACCEPTED);

        assertEquals(0.1, parameters.getDouble("epsilon", 0.03));
        assertEquals(3, parameters.getInt("n_neighbours", 3));
    }

    @Test
    void unknownNameListsAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpecParameters.of("hill_climbing", Map.of("epsilom", "1"), ACCEPTED));

        assertEquals("unknown parameter 'epsilom' for optimizer hill_climbing; accepted parameters: "
                + "epsilon, n_neighbours, distribution", e.getMessage());
    }

    @Test
    void badNumberNamesTheParameter() {
        SpecParameters parameters = SpecParameters.of("hill_climbing", Map.of("epsilon", "abc"), ACCEPTED);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parameters.getDouble("epsilon", 0.03));

        assertEquals("parameter epsilon of optimizer hill_climbing must be a number: 'abc'", e.getMessage());
    }

    @Test
    void choiceMustBeListed() {
        SpecParameters parameters = SpecParameters.of("hill_climbing", Map.of("distribution", "cauchy"),
                ACCEPTED);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parameters.getChoice("distribution", "normal", "normal", "laplace"));

        assertEquals("parameter distribution of optimizer hill_climbing must be one of normal, laplace: 'cauchy'",
                e.getMessage());
    }

    @Test
    void checksNameTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.nonNegative("epsilon", -1.0));

        assertEquals("epsilon must be a finite number that is not negative: -1.0", e.getMessage());
    }

    @Test
    void contextRejectsPositionsOutsideTheSpace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerContext.builder(3, 4).initialPositions(List.of(new int[] {1, 4})));

        assertEquals("index 4 of dimension 1 must be in [0, 4): [1, 4]", e.getMessage());
    }

    @Test
    void namedSpecKeepsRawParameters() {
        OptimizerSpec spec = OptimizerSpec.named("grid_search", Map.of("step_size", "2"));

        assertEquals("grid_search", spec.name());
        assertEquals(Map.of("step_size", "2"), ((NamedOptimizerSpec) spec).rawParameters());
    }
}
