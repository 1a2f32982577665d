package dev.hyperactive.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.tribuo.Trainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.ensemble.BaggingTrainer;
import org.junit.jupiter.api.Test;
import org.tribuo.regression.Regressor;

class ForestSettingsTest {

    @Test
    void fromReadsEveryParameter() {
        ForestSettings settings = ForestSettings.from(TestParameters.of("absolute_error", 30, 0.4, 8, 3));

        assertEquals(new ForestSettings("absolute_error", 30, 0.4, 8, 3), settings);
    }

    @Test
    void fractionBelowOneTrainsRandomForest() {
        Trainer<Regressor> trainer = new ForestSettings("squared_error", 10, 0.9, 4, 5).trainer(1);

        assertSame(RandomForestTrainer.class, trainer.getClass());
    }

    @Test
    void fractionOneTrainsBagging() {
        Trainer<Regressor> trainer = new ForestSettings("squared_error", 10, 1.0, 4, 5).trainer(1);

        assertSame(BaggingTrainer.class, trainer.getClass());
    }

    @Test
    void zeroTreesRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ForestSettings("squared_error", 0, 0.5, 4, 5));

        assertEquals("n_trees must be positive: 0", e.getMessage());
    }

    @Test
    void fractionAboveOneRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ForestSettings("squared_error", 10, 1.5, 4, 5));

        assertEquals("feature_fraction must be in (0, 1]: 1.5", e.getMessage());
    }

    @Test
    void nanFractionRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ForestSettings("squared_error", 10, Double.NaN, 4, 5));

        assertEquals("feature_fraction must be in (0, 1]: NaN", e.getMessage());
    }

    @Test
    void zeroDepthRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ForestSettings("squared_error", 10, 0.5, 0, 5));

        assertEquals("max_depth must be positive: 0", e.getMessage());
    }

    @Test
    void zeroLeafSizeRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ForestSettings("squared_error", 10, 0.5, 4, 0));

        assertEquals("min_child_weight must be positive: 0", e.getMessage());
    }
}
