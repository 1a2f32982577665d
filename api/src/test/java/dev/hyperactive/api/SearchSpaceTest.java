package dev.hyperactive.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchSpaceTest {

    @Test
    void integersIncludeTheEnd() {
        SearchSpace space = SearchSpace.builder().integers("x", 1, 10, 1).build();

        assertEquals(10, space.dimension("x").size());
        assertEquals(1, space.dimension("x").value(0));
        assertEquals(10, space.dimension("x").value(9));
        assertEquals(Integer.class, space.dimension("x").value(3).getClass());
    }

    @Test
    void integersStopBeforeAnEndOffTheGrid() {
        SearchSpace space = SearchSpace.builder().integers("x", 0, 10, 3).build();

        assertEquals(4, space.dimension("x").size());
        assertEquals(9, space.dimension("x").value(3));
    }

    @Test
    void longsKeepTheirType() {
        SearchSpace space = SearchSpace.builder().longs("x", 0, 3_000_000_000L, 1_000_000_000L).build();

        assertEquals(4, space.dimension("x").size());
        assertEquals(3_000_000_000L, space.dimension("x").value(3));
        assertEquals(Long.class, space.dimension("x").valueType());
    }

    @Test
    void doublesAreExactDecimals() {
        Dimension x = SearchSpace.builder().doubles("x", 0, 1, 0.1).build().dimension(0);

        assertEquals(11, x.size());
        assertEquals(0.3, x.value(3));
        assertEquals(0.7, x.value(7));
        assertEquals(1.0, x.value(10));
    }

    @Test
    void doublesFromMinusOneReachExactZero() {
        Dimension x = SearchSpace.builder().doubles("x", -1.0, 1.0, 0.1).build().dimension(0);

        assertEquals(21, x.size());
        assertEquals(0.0, x.value(10));
        assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits((Double) x.value(10)));
        assertEquals(-0.9, x.value(1));
    }

    @Test
    void doublesIncludeAnEndWithinTolerance() {
        Dimension x = SearchSpace.builder().doubles("x", 0, 1, 1.0 / 3).build().dimension(0);

        assertEquals(4, x.size());
        assertEquals(1.0, x.value(3));
    }

    @Test
    void doublesStopBeforeAnEndOffTheGrid() {
        Dimension x = SearchSpace.builder().doubles("x", 0, 1, 0.3).build().dimension(0);

        assertEquals(4, x.size());
        assertEquals(0.9, x.value(3));
    }

    @Test
    void doublesWithManyStepsCostNoMemory() {
        Dimension x = SearchSpace.builder().doubles("x", 0, 1, 1e-9).build().dimension(0);

        assertEquals(1_000_000_001, x.size());
        assertEquals(0.5, x.value(500_000_000));
        assertEquals(1.0, x.value(1_000_000_000));
    }

    @Test
    void logDoublesHaveExactEnds() {
        Dimension x = SearchSpace.builder().logDoubles("lr", 1e-4, 1e-1, 4).build().dimension(0);

        assertEquals(4, x.size());
        assertEquals(1e-4, x.value(0));
        assertEquals(1e-3, x.value(1));
        assertEquals(1e-2, x.value(2));
        assertEquals(1e-1, x.value(3));
    }

    @Test
    void logDoublesAreExactOnWholeDecades() {
        Dimension x = SearchSpace.builder().logDoubles("c", 1, 1000, 4).build().dimension(0);
        Dimension y = SearchSpace.builder().logDoubles("c", 2e-3, 2e3, 7).build().dimension(0);

        assertEquals(10.0, x.value(1));
        assertEquals(100.0, x.value(2));
        assertEquals(0.2, y.value(2));
        assertEquals(2.0, y.value(3));
        assertEquals(3, y.nearestIndexOf(2.0));
    }

    @Test
    void logDoublesBetweenDecadesAreGeometric() {
        Dimension x = SearchSpace.builder().logDoubles("c", 1, 100, 5).build().dimension(0);

        assertEquals(Math.sqrt(10), (Double) x.value(1), 1e-12);
        assertEquals(10.0, x.value(2));
        assertEquals(1, x.nearestIndexOf(3.2));
    }

    @Test
    void categoricalKeepsObjectsAndLabels() {
        Runnable first = () -> { };
        Runnable second = () -> { };
        Map<String, Object> labelled = new LinkedHashMap<>();
        labelled.put("first", first);
        labelled.put("second", second);
        SearchSpace space = SearchSpace.builder()
                .categorical("kernel", "linear", "rbf")
                .categorical("task", labelled)
                .categorical("array", (Object) new int[] {1, 2})
                .build();

        assertEquals("rbf", space.dimension("kernel").value(1));
        assertEquals(String.class, space.dimension("kernel").valueType());
        assertEquals(second, space.dimension("task").value(1));
        assertEquals("second", space.dimension("task").label(1));
        assertEquals("[1, 2]", space.dimension("array").label(0));
        assertEquals(1, space.dimension("task").nearestIndexOf("second"));
        assertEquals(1, space.dimension("task").nearestIndexOf(second));
    }

    @Test
    void sizeOfHugeSpaceDoesNotOverflow() {
        SearchSpace.Builder builder = SearchSpace.builder();
        for (int i = 0; i < 50; i++) {
            builder.integers("x" + i, 1, 20, 1);
        }
        SearchSpace space = builder.build();

        assertEquals(BigInteger.valueOf(20).pow(50), space.size());
    }

    @Test
    void valuesFollowSearchSpaceOrder() {
        SearchSpace space = SearchSpace.builder()
                .integers("b", 0, 4, 1)
                .categorical("a", "u", "v")
                .build();

        Map<String, Object> values = space.values(new int[] {2, 1});

        assertEquals(List.of("b", "a"), List.copyOf(values.keySet()));
        assertEquals(2, values.get("b"));
        assertEquals("v", values.get("a"));
    }

    @Test
    void nearestPositionSnapsToTheGrid() {
        SearchSpace space = SearchSpace.builder()
                .doubles("x", 0, 1, 0.5)
                .integers("n", 0, 100, 10)
                .build();

        assertArrayEquals(new int[] {1, 3}, space.nearestPosition(Map.of("x", 0.6, "n", 32)));
    }

    @Test
    void exactIndexRejectsOffGridValues() {
        Dimension x = SearchSpace.builder().doubles("x", 0, 1, 0.1).build().dimension(0);

        assertEquals(3, x.exactIndexOf(0.3).getAsInt());
        assertTrue(x.exactIndexOf(0.35).isEmpty());
        assertTrue(x.exactIndexOf(1.1).isEmpty());
        assertTrue(x.exactIndexOf("abc").isEmpty());
    }

    @Test
    void spacesWithEqualValuesAreEqual() {
        SearchSpace a = SearchSpace.builder().integers("x", 0, 10, 1).categorical("c", "p", "q").build();
        SearchSpace b = SearchSpace.builder().integers("x", 0, 10, 1).categorical("c", "p", "q").build();
        SearchSpace c = SearchSpace.builder().integers("x", 0, 11, 1).categorical("c", "p", "q").build();

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
    }

    @Test
    void emptySpaceIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchSpace.builder().build());

        assertEquals("search space must have at least one dimension", e.getMessage());
    }

    @Test
    void emptyDimensionIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchSpace.builder().categorical("c", List.of()));

        assertEquals("dimension 'c' must have at least one value", e.getMessage());
    }

    @Test
    void zeroStepIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchSpace.builder().integers("x", 0, 10, 0));

        assertEquals("step of dimension 'x' must be positive: 0", e.getMessage());
    }

    @Test
    void nonFiniteStepIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchSpace.builder().doubles("x", 0, 1, Double.NaN));

        assertEquals("step of dimension 'x' must be a positive finite number: NaN", e.getMessage());
    }

    @Test
    void fromAboveToIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchSpace.builder().doubles("x", 2, 1, 0.1));

        assertEquals("dimension 'x' must have from <= to: from 2.0, to 1.0", e.getMessage());
    }

    @Test
    void duplicateNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchSpace.builder().integers("x", 0, 1, 1).categorical("x", "a"));

        assertEquals("duplicate dimension name: 'x'", e.getMessage());
    }

    @Test
    void tooManyValuesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchSpace.builder().longs("x", 0, 1L << 40, 1));

        assertTrue(e.getMessage().startsWith("dimension 'x' must have at most 2147483647 values"),
                e.getMessage());
    }

    @Test
    void duplicateLabelsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchSpace.builder().categorical("c", "a", "a"));

        assertTrue(e.getMessage().startsWith("dimension 'c' has two values labelled 'a'"), e.getMessage());
    }

    @Test
    void warmStartMissingDimensionIsRejected() {
        SearchSpace space = SearchSpace.builder().integers("x", 0, 10, 1).integers("y", 0, 10, 1).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> space.nearestPosition(Map.of("x", 3)));

        assertEquals("parameter 'y' is missing from {x=3}", e.getMessage());
    }

    @Test
    void warmStartOutsideRangeIsRejected() {
        SearchSpace space = SearchSpace.builder().integers("x", 0, 10, 1).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> space.nearestPosition(Map.of("x", 11)));

        assertEquals("value 11 is outside dimension 'x', which ranges from 0 to 10", e.getMessage());
    }

    @Test
    void warmStartWithUnknownCategoryIsRejected() {
        SearchSpace space = SearchSpace.builder().categorical("c", "a", "b").build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> space.nearestPosition(Map.of("c", "z")));

        assertEquals("value 'z' is not in dimension 'c', whose values are [a, b]", e.getMessage());
    }
}
