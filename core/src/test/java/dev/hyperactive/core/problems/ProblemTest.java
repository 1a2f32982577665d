package dev.hyperactive.core.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void gridValuesMatchTheRoundedFormula() {
        for (TestFunction function : TestFunction.values()) {
            Problem problem = Problem.of(function, 2, 101);
            Dimension x = problem.searchSpace().dimension(0);

            assertEquals(101, x.size());
            for (int i = 0; i < 101; i++) {
                double expected = BigDecimal.valueOf(function.lower() + i * (function.upper() - function.lower()) / 100)
                        .setScale(10, RoundingMode.HALF_EVEN).doubleValue();
                assertEquals(expected, (Double) x.value(i), 1e-12, function + " index " + i);
            }
            assertEquals(function.upper(), x.value(100));
        }
    }

    @Test
    void optimumIsShiftedOffTheCentre() {
        Problem problem = Problem.of("sphere", 5, 101);

        assertEquals(71, problem.optimumIndex(0));
        assertEquals(29, problem.optimumIndex(1));
        assertEquals(83, problem.optimumIndex(2));
        assertEquals(17, problem.optimumIndex(3));
        assertEquals(64, problem.optimumIndex(4));
        assertEquals(71, Problem.of("sphere", 6, 101).optimumIndex(5));
    }

    @Test
    void optimumScoresZero() {
        for (TestFunction function : TestFunction.values()) {
            Problem problem = Problem.of(function, 5, 101);
            double[] x = new double[5];
            for (int d = 0; d < 5; d++) {
                x[d] = (Double) problem.searchSpace().dimension(d).value(problem.optimumIndex(d));
            }

            assertEquals(0.0, problem.loss(x), 1e-9, function.id());
        }
    }

    @Test
    void otherPointsScoreWorse() {
        for (TestFunction function : TestFunction.values()) {
            Problem problem = Problem.of(function, 2, 101);
            double[] centre = {(Double) problem.searchSpace().dimension(0).value(50),
                (Double) problem.searchSpace().dimension(1).value(50)};

            assertTrue(problem.loss(centre) > 0.1, function.id());
        }
    }

    @Test
    void unshiftedFunctionsHaveKnownValues() {
        assertEquals(2.0, TestFunction.SPHERE.loss(new double[] {1, 1}), 1e-12);
        assertEquals(2.0, TestFunction.RASTRIGIN.loss(new double[] {1, 1}), 1e-9);
        assertEquals(0.0, TestFunction.ROSENBROCK.loss(new double[] {1, 1, 1}), 1e-12);
        assertEquals(401.0, TestFunction.ROSENBROCK.loss(new double[] {0, -2}), 1e-12);
        assertEquals(0.0, TestFunction.ACKLEY.loss(new double[] {0, 0}), 1e-12);
        assertEquals(3.6253849384403627, TestFunction.ACKLEY.loss(new double[] {1, 1}), 1e-9);
    }

    @Test
    void unknownProblemListsKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Problem.of("himmelblau", 2, 101));

        assertEquals("unknown problem 'himmelblau'; known problems: sphere, ackley, rastrigin, rosenbrock",
                e.getMessage());
    }

    @Test
    void oneDimensionalRosenbrockIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Problem.of("rosenbrock", 1, 101));

        assertEquals("dims of rosenbrock must be at least 2, because its loss couples neighbouring dimensions: 1",
                e.getMessage());
    }

    @Test
    void tooFewStepsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Problem.of("sphere", 2, 1));

        assertEquals("steps must be at least 2: 1", e.getMessage());
    }
}
