package dev.hyperactive.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.Objective;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Evaluates cheap configurations (10 or 20 shallow trees) so the whole class runs in a few seconds. */
class CrossValidatedR2Test {

    private final Objective objective = new DiabetesStudy().objective();

    @Test
    void smallForestScoresPlausibleR2() throws Exception {
        double score = objective.evaluate(cheap());

        assertBetween(0.2, 0.6, score, "R^2");
    }

    @Test
    void sameConfigurationSameScore() throws Exception {
        double first = objective.evaluate(cheap());
        double second = objective.evaluate(cheap());

        assertEquals(first, second, 0.0);
    }

    @Test
    void newStudySameScore() throws Exception {
        double first = objective.evaluate(cheap());
        double second = new DiabetesStudy().objective().evaluate(cheap());

        assertEquals(first, second, 0.0);
    }

    @Test
    void recordsExtraOutputs() throws Exception {
        TestParameters parameters = cheap();

        objective.evaluate(parameters);

        assertEquals(List.of("r2_std", "rmse", "cv_seconds"), List.copyOf(parameters.recorded().keySet()));
        double r2Std = (Double) parameters.recorded().get("r2_std");
        double rmse = (Double) parameters.recorded().get("rmse");
        double seconds = (Double) parameters.recorded().get("cv_seconds");
        assertBetween(0.0, 0.3, r2Std, "r2_std");
        assertBetween(40, 80, rmse, "rmse");
        assertTrue(seconds > 0, "cv_seconds " + seconds);
    }

    @Test
    void depthChangesScore() throws Exception {
        double shallow = objective.evaluate(TestParameters.of("squared_error", 10, 0.3, 2, 10));
        double deeper = objective.evaluate(TestParameters.of("squared_error", 10, 0.3, 6, 10));

        assertNotEquals(shallow, deeper);
    }

    @Test
    void absoluteErrorScoresPlausibleR2() throws Exception {
        double score = objective.evaluate(TestParameters.of("absolute_error", 10, 0.3, 4, 10));

        assertBetween(0.2, 0.6, score, "R^2");
    }

    @Test
    void allFeaturesScoresPlausibleR2() throws Exception {
        double score = objective.evaluate(TestParameters.of("squared_error", 10, 1.0, 4, 10));

        assertBetween(0.2, 0.6, score, "R^2");
    }

    @Test
    void parallelEvaluationsMatchSerial() throws Exception {
        double serialA = objective.evaluate(cheap());
        double serialB = objective.evaluate(TestParameters.of("squared_error", 20, 0.5, 3, 5));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Double> taskA = () -> objective.evaluate(cheap());
            Callable<Double> taskB = () -> objective.evaluate(TestParameters.of("squared_error", 20, 0.5, 3, 5));
            List<Future<Double>> results = pool.invokeAll(List.of(taskA, taskB, taskA, taskB));

            assertEquals(serialA, results.get(0).get(), 0.0);
            assertEquals(serialB, results.get(1).get(), 0.0);
            assertEquals(serialA, results.get(2).get(), 0.0);
            assertEquals(serialB, results.get(3).get(), 0.0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownCriterionRejected() {
        TestParameters parameters = TestParameters.of("gini", 10, 0.3, 4, 10);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> objective.evaluate(parameters));

        assertEquals("criterion must be squared_error or absolute_error: gini", e.getMessage());
    }

    @Test
    void oneFoldRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidatedR2(DiabetesData.dataset(), 1));

        assertEquals("folds must be at least 2: 1", e.getMessage());
    }

    private static void assertBetween(double low, double high, double value, String name) {
        assertTrue(value >= low, () -> name + " " + value + " below " + low);
        assertTrue(value <= high, () -> name + " " + value + " above " + high);
    }

    private static TestParameters cheap() {
        return TestParameters.of("squared_error", 10, 0.3, 4, 10);
    }
}
