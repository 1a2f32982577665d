package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void jobZeroUsesRandomState() {
        assertEquals(42L, Seeds.forJob(42L, 0));
        assertEquals(-7L, Seeds.forJob(-7L, 0));
    }

    @Test
    void laterJobsAreMixedNotOffset() {
        for (int job = 1; job < 10; job++) {
            assertNotEquals(42L + job, Seeds.forJob(42L, job));
            assertEquals(Seeds.forJob(42L, job), Seeds.forJob(42L, job));
        }
    }

    @Test
    void seedsOfNeighbouringStatesDiffer() {
        Set<Long> seeds = new HashSet<>();
        for (long state = 0; state < 50; state++) {
            for (int job = 0; job < 50; job++) {
                seeds.add(Seeds.forJob(state, job));
            }
        }
        assertEquals(2500, seeds.size());
    }

    @Test
    void drawnSeedFitsIn31Bits() {
        for (int i = 0; i < 100; i++) {
            long seed = Seeds.draw();
            assertTrue(seed >= 0 && seed < Integer.MAX_VALUE, "seed " + seed);
        }
    }

    @Test
    void negativeJobRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Seeds.forJob(1, -1));
        assertEquals("job must not be negative: -1", e.getMessage());
    }
}
