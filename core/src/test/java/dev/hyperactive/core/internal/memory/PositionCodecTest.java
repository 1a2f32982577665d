package dev.hyperactive.core.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PositionCodecTest {

    @Test
    void mixedRadixIsDense() {
        PositionCodec codec = new PositionCodec(new int[] {3, 4});
        Set<Long> codes = new HashSet<>();
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 4; b++) {
                codes.add(codec.encode(new int[] {a, b}));
            }
        }
        assertEquals(12, codes.size());
        assertEquals(11L, codec.encode(new int[] {2, 3}));
    }

    @Test
    void fitsWhenBelowTwoToThe63() {
        assertTrue(new PositionCodec(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}).fitsInLong());
        int[] sizes = new int[9];
        java.util.Arrays.fill(sizes, 100);
        assertTrue(new PositionCodec(sizes).fitsInLong());
    }

    @Test
    void overflowDetected() {
        int[] sizes = new int[10];
        java.util.Arrays.fill(sizes, 100);
        assertFalse(new PositionCodec(sizes).fitsInLong());
        assertFalse(new PositionCodec(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, 3}).fitsInLong());
    }
}
