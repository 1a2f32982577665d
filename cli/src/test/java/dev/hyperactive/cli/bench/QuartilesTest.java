package dev.hyperactive.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuartilesTest {

    @Test
    void interpolatesLikeNumpy() {
        Quartiles quartiles = Quartiles.of(new double[] {4, 1, 3, 2});

        assertEquals(1.75, quartiles.q1(), 1e-12);
        assertEquals(2.5, quartiles.median(), 1e-12);
        assertEquals(3.25, quartiles.q3(), 1e-12);
        assertEquals(4, quartiles.count());
    }

    @Test
    void ignoresNaN() {
        Quartiles quartiles = Quartiles.of(new double[] {Double.NaN, 5, Double.NaN});

        assertEquals(5, quartiles.median());
        assertEquals(1, quartiles.count());
    }

    @Test
    void noFiniteValueIsFailed() {
        assertEquals("failed", Quartiles.of(new double[] {Double.NaN}).cell());
    }

    @Test
    void formatsThreeSignificantDigits() {
        assertEquals("0", Quartiles.format(0.0));
        assertEquals("0.0105", Quartiles.format(0.0105));
        assertEquals("8.38", Quartiles.format(8.3812));
        assertEquals("1.6", Quartiles.format(1.6));
        assertEquals("140", Quartiles.format(140.2));
        assertEquals("6.28e+03", Quartiles.format(6281));
        assertEquals("0.215 [0.105, 0.406]", new Quartiles(0.105, 0.215, 0.406, 10).cell());
    }
}
