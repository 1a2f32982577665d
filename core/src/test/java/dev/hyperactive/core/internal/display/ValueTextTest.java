package dev.hyperactive.core.internal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hyperactive.api.Dimension;
import dev.hyperactive.api.SearchSpace;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void labelFollowsCategoricalRules() {
        assertEquals("rbf", ValueText.label("rbf"));
        assertEquals("3", ValueText.label(3));
        assertEquals("0.4567", ValueText.label(0.4567));
        assertEquals("NEW", ValueText.label(Thread.State.NEW));
        assertEquals("String", ValueText.label(String.class));
        assertEquals("[1, 2]", ValueText.label(new int[] {1, 2}));
        assertEquals("[[a], [b, c]]", ValueText.label(new String[][] {{"a"}, {"b", "c"}}));
        assertEquals("[x]", ValueText.label(List.of("x")));
        assertEquals("null", ValueText.label(null));
    }

    @Test
    void labelMatchesCategoricalDimension() {
        Object custom = new Object() {
            @Override
            public String toString() {
                return "custom model";
            }
        };
        List<Object> values = List.of(
                "rbf", 3, 7L, 0.4567, true, 'c',
                Thread.State.NEW, TimeUnit.SECONDS,
                String.class, int[].class, Thread.State.class,
                new int[] {1, 2}, new double[] {0.5}, new String[][] {{"a"}, {"b", "c"}}, new Object[] {"x", 4},
                new char[0], custom, List.of("y"));

        Dimension dimension = SearchSpace.builder().categorical("v", values).build().dimension("v");

        for (int i = 0; i < values.size(); i++) {
            assertEquals(dimension.label(i), ValueText.label(values.get(i)), "value " + i);
        }
    }

    @Test
    void roundedHalfEvenWithoutZeros() {
        assertEquals("89.59", ValueText.rounded(89.5949, 2));
        assertEquals("100", ValueText.rounded(100.0, 2));
        assertEquals("0.12", ValueText.rounded(0.125, 2));
        assertEquals("0", ValueText.rounded(0.001, 2));
        assertEquals("12345678901", ValueText.rounded(12_345_678_901.0, 2));
        assertEquals("NaN", ValueText.rounded(Double.NaN, 2));
    }

    @Test
    void significantDigitsPlain() {
        assertEquals("0.03801", ValueText.significant(0.0380123, 4));
        assertEquals("61.23", ValueText.significant(61.23456, 4));
        assertEquals("1234", ValueText.significant(1234.5, 4));
        assertEquals("1235", ValueText.significant(1234.6, 4));
        assertEquals("0", ValueText.significant(0.0, 4));
        assertEquals("0.00001", ValueText.significant(1e-5, 4));
        assertEquals("-Infinity", ValueText.significant(Double.NEGATIVE_INFINITY, 4));
    }

    @Test
    void compactSwitchesToExponent() {
        assertEquals("-0.0333333", ValueText.compact(-1.0 / 30));
        assertEquals("3", ValueText.compact(3.0));
        assertEquals("1234570", ValueText.compact(1_234_567.0));
        assertEquals("1.23457E+7", ValueText.compact(12_345_678.0));
        assertEquals("1.23457E-9", ValueText.compact(1.234567e-9));
        assertEquals("0", ValueText.compact(-0.0));
        assertEquals("NaN", ValueText.compact(Double.NaN));
    }
}
