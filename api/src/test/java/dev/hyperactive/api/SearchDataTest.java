package dev.hyperactive.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchDataTest {

    private final SearchData data = SearchData.ofColumns(List.of("x", "score"),
            List.of(new Object[] {1, 2}, new Object[] {0.5, Double.NaN}));

    @Test
    void rowsKeepColumnOrder() {
        assertEquals(List.of("x", "score"), List.copyOf(data.row(1).keySet()));
        assertEquals(2, data.get(1, "x"));
    }

    @Test
    void scoresTurnMissingIntoNan() {
        SearchData withNull = SearchData.ofRows(List.of("score"),
                List.of(Map.of("score", 1.0), Map.of()));

        assertArrayEquals(new double[] {1.0, Double.NaN}, withNull.scores());
    }

    @Test
    void appendUnitesColumns() {
        SearchData other = SearchData.ofRows(List.of("x", "score", "extra"),
                List.of(Map.of("x", 3, "score", 1.0, "extra", "e")));

        SearchData both = data.append(other);

        assertEquals(List.of("x", "score", "extra"), both.columns());
        assertEquals(3, both.size());
        assertNull(both.get(0, "extra"));
        assertEquals(Arrays.asList(null, null, "e"), both.column("extra"));
    }

    @Test
    void unknownColumnIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> data.column("y"));

        assertEquals("no column 'y'; the columns are [x, score]", e.getMessage());
    }

    @Test
    void unevenColumnsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchData.ofColumns(List.of("a", "b"), List.of(new Object[1], new Object[2])));

        assertEquals("column 'b' has 2 rows, expected 1", e.getMessage());
    }
}
