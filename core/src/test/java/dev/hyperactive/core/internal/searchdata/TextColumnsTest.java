package dev.hyperactive.core.internal.searchdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextColumnsTest {

    @Test
    void integersFittingIntAreIntegers() {
        assertArrayEquals(new Object[] {1, -2, null, 300}, TextColumns.parse(new String[] {"1", "-2", null, "+300"}));
    }

    @Test
    void integerBeyondIntMakesLongs() {
        assertArrayEquals(new Object[] {1L, 3_000_000_000L}, TextColumns.parse(new String[] {"1", "3000000000"}));
    }

    @Test
    void integerBeyondLongMakesDoubles() {
        assertArrayEquals(new Object[] {1.0, 1e20}, TextColumns.parse(new String[] {"1", "100000000000000000000"}));
    }

    @Test
    void decimalsAndNonFiniteAreDoubles() {
        assertArrayEquals(new Object[] {1.0, 2.5, 1e-4, Double.NaN, Double.NEGATIVE_INFINITY, 0.5},
                TextColumns.parse(new String[] {"1", "2.5", "1.0E-4", "NaN", "-Infinity", ".5"}));
    }

    @Test
    void booleansInAnyCase() {
        assertArrayEquals(new Object[] {true, false, true}, TextColumns.parse(new String[] {"True", "false", "TRUE"}));
    }

    @Test
    void mixedColumnStaysText() {
        assertArrayEquals(new Object[] {"1", "x", "true"}, TextColumns.parse(new String[] {"1", "x", "true"}));
    }

    @Test
    void javaNumberSuffixesStayText() {
        assertArrayEquals(new Object[] {"1d", "2f", "0x10"}, TextColumns.parse(new String[] {"1d", "2f", "0x10"}));
    }

    @Test
    void allNullColumnStaysNull() {
        assertArrayEquals(new Object[] {null, null}, TextColumns.parse(new String[] {null, null}));
    }

    @Test
    void nonFiniteStringsBecomeDoublesBesideNumbers() {
        assertArrayEquals(new Object[] {Double.NaN, 2, null, Double.POSITIVE_INFINITY},
                TextColumns.nonFiniteStringsToDoubles(new Object[] {"NaN", 2, null, "Infinity"}));
    }

    @Test
    void nonFiniteStringsBesideTextStay() {
        Object[] cells = {"NaN", "rbf"};

        assertSame(cells, TextColumns.nonFiniteStringsToDoubles(cells));
    }

    @Test
    void widenIntegersOnlyWithLong() {
        Object[] ints = {1, 2.5, null};

        assertSame(ints, TextColumns.widenIntegers(ints));
        assertArrayEquals(new Object[] {1L, 5_000_000_000L, null},
                TextColumns.widenIntegers(new Object[] {1, 5_000_000_000L, null}));
    }

    @Test
    void nonFiniteSpellings() {
        assertEquals(Double.POSITIVE_INFINITY, TextColumns.nonFinite("inf"));
        assertEquals(Double.NEGATIVE_INFINITY, TextColumns.nonFinite("-INF"));
        assertEquals(Double.NaN, TextColumns.nonFinite("nan"));
        assertNull(TextColumns.nonFinite("nanny"));
    }
}
