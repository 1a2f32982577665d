package dev.hyperactive.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class TribuoLoggingTest {

    @Test
    void studyObjectiveQuietsTribuo() {
        new DiabetesStudy().objective();

        assertEquals(Level.WARNING, Logger.getLogger("org.tribuo").getLevel());
    }

    @Test
    void baggingLoggerLogsNoInfo() {
        new DiabetesStudy().objective();

        assertEquals(false, Logger.getLogger("org.tribuo.ensemble.BaggingTrainer").isLoggable(Level.INFO));
    }
}
