package dev.hyperactive.core.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.api.SearchSpace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PositionValuesTest {

    private static final SearchSpace SPACE = SearchSpace.builder()
            .integers("a", 0, 9, 1)
            .doubles("b", 0, 1, 0.25)
            .categorical("c", "x", "y", "z")
            .build();

    @Test
    void readsInOrder() {
        PositionValues values = new PositionValues(SPACE);
        values.moveTo(new int[] {3, 2, 1});

        for (int round = 0; round < 2; round++) {
            assertEquals(3, values.get("a"));
            assertEquals(0.5, values.get("b"));
            assertEquals("y", values.get("c"));
        }
    }

    @Test
    void readsOutOfOrder() {
        PositionValues values = new PositionValues(SPACE);
        values.moveTo(new int[] {4, 4, 2});

        Map<String, Object> expected = Map.of("a", 4, "b", 1.0, "c", "z");
        for (String name : List.of("c", "a", "c", "b", "b", "a")) {
            assertEquals(expected.get(name), values.get(name), name);
        }
    }

    @Test
    void readsEqualNameOfOtherInstance() {
        PositionValues values = new PositionValues(SPACE);
        values.moveTo(new int[] {9, 0, 0});

        assertEquals(9, values.get(new String("a")));
    }

    @Test
    void unknownNameIsRejected() {
        PositionValues values = new PositionValues(SPACE);
        values.moveTo(new int[] {0, 0, 0});

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> values.get("d"));
        assertEquals("unknown parameter 'd'; the search space has [a, b, c]", e.getMessage());
    }
}
