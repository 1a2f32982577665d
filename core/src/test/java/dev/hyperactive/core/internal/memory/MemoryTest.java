package dev.hyperactive.core.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryTest {

    private static void storesAndHits(Memory memory) throws InterruptedException {
        Memory.Hit hit = new Memory.Hit();
        int[] position = {1, 2};
        assertFalse(memory.lookupOrClaim(position, hit));
        memory.complete(position, Double.NaN, Map.of("note", "x"));

        assertTrue(memory.lookupOrClaim(new int[] {1, 2}, hit));
        assertTrue(Double.isNaN(hit.score()));
        assertEquals(Map.of("note", "x"), hit.extras());
        assertEquals(1, memory.size());
    }

    @Test
    void localStoresAndHits() throws InterruptedException {
        storesAndHits(Memory.local(new int[] {5, 5}));
    }

    @Test
    void sharedStoresAndHits() throws InterruptedException {
        storesAndHits(Memory.shared(new int[] {5, 5}));
    }

    @Test
    void nanOfAnyPayloadIsStored() throws InterruptedException {
        Memory memory = Memory.local(new int[] {5});
        Memory.Hit hit = new Memory.Hit();
        memory.complete(new int[] {2}, Double.longBitsToDouble(0x7ff8_dead_beef_0001L), null);

        assertTrue(memory.lookupOrClaim(new int[] {2}, hit));
        assertTrue(Double.isNaN(hit.score()));
        assertFalse(memory.lookupOrClaim(new int[] {3}, hit));
    }

    @Test
    void compactKeysStoreAndHit() throws InterruptedException {
        int[] sizes = new int[12];
        java.util.Arrays.fill(sizes, 1000);
        Memory memory = Memory.shared(sizes);
        Memory.Hit hit = new Memory.Hit();
        int[] position = new int[12];
        position[11] = 999;
        assertFalse(memory.lookupOrClaim(position, hit));
        memory.complete(position, 3.0, null);
        assertTrue(memory.lookupOrClaim(position.clone(), hit));
        assertEquals(3.0, hit.score());
        assertNull(hit.extras());
    }

    @Test
    void abandonedClaimCanBeRetaken() throws InterruptedException {
        Memory memory = Memory.shared(new int[] {5});
        Memory.Hit hit = new Memory.Hit();
        assertFalse(memory.lookupOrClaim(new int[] {3}, hit));
        memory.abandon(new int[] {3});
        assertFalse(memory.lookupOrClaim(new int[] {3}, hit));
    }

    @Test
    void preloadKeepsExistingEntries() throws InterruptedException {
        Memory memory = Memory.local(new int[] {5});
        memory.complete(new int[] {1}, 9.0, null);
        memory.preload(List.of(new Observation(new int[] {1}, 1.0), new Observation(new int[] {2}, 2.0)));

        Memory.Hit hit = new Memory.Hit();
        assertTrue(memory.lookupOrClaim(new int[] {1}, hit));
        assertEquals(9.0, hit.score());
        assertTrue(memory.lookupOrClaim(new int[] {2}, hit));
        assertEquals(2.0, hit.score());
    }

    @Test
    void offNeverHits() throws InterruptedException {
        Memory memory = Memory.off();
        memory.complete(new int[] {1}, 1.0, null);
        assertFalse(memory.lookupOrClaim(new int[] {1}, new Memory.Hit()));
    }
}
