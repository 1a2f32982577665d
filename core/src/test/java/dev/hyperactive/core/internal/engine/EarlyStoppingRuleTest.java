package dev.hyperactive.core.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hyperactive.api.EarlyStopping;
import org.junit.jupiter.api.Test;

class EarlyStoppingRuleTest {

    /** Returns the 1-based count of scores after which the rule stops, or -1. */
    private static int stopsAfter(EarlyStopping rule, double... scores) {
        EarlyStoppingRule state = new EarlyStoppingRule(rule);
        for (int i = 0; i < scores.length; i++) {
            if (state.shouldStop(scores[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void optimumFirstStopsAfterNPlusOne() {
        assertEquals(4, stopsAfter(EarlyStopping.of(3), 10, 1, 2, 3, 4, 5));
    }

    @Test
    void improvementResetsCount() {
        assertEquals(6, stopsAfter(EarlyStopping.of(3), 1, 2, 3, 3, 3, 3, 3));
    }

    @Test
    void infinityIgnored() {
        assertEquals(5, stopsAfter(EarlyStopping.of(3), 1, Double.POSITIVE_INFINITY, 0, 0, 0));
    }

    @Test
    void tolAbsStrictlyLess() {
        assertEquals(-1, stopsAfter(EarlyStopping.of(2).tolAbs(1), 0, 0.5, 1, 1.5, 2.0));
        assertEquals(3, stopsAfter(EarlyStopping.of(2).tolAbs(1.01), 0, 0.5, 1, 1.5, 2.0));
    }

    @Test
    void tolRelInPercent() {
        assertEquals(-1, stopsAfter(EarlyStopping.of(2).tolRel(1.9), 100, 101, 102, 103));
        assertEquals(3, stopsAfter(EarlyStopping.of(2).tolRel(2.1), 100, 101, 102, 103));
    }

    @Test
    void tolRelOnNegativeScoresUsesMagnitude() {
        assertEquals(3, stopsAfter(EarlyStopping.of(2).tolRel(5), -100, -99, -98, -97));
    }
}
