package dev.hyperactive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Finding the baseline's row in search data. */
class BaselineScoreTest {

    private final SearchSpace space = SearchSpace.builder()
            .doubles("rate", 0.0, 1.0, 0.1)
            .categorical("kind", "tree", "forest")
            .build();

    private final SearchData data = SearchData.ofRows(List.of("rate", "kind", "score", "job", "iteration"), List.of(
            Map.of("rate", 0.3, "kind", "tree", "score", 1.0, "job", 0, "iteration", 0),
            Map.of("rate", 0.3, "kind", "forest", "score", 2.0, "job", 0, "iteration", 1),
            Map.of("rate", 0.3, "kind", "forest", "score", 3.0, "job", 1, "iteration", 0)));

    @Test
    void firstMatchingRow() {
        int[] position = space.nearestPosition(Map.of("rate", 0.31, "kind", "forest"));

        assertEquals(OptionalDouble.of(2.0), BaselineScore.find(data, space, position));
    }

    @Test
    void noMatchingRow() {
        int[] position = space.nearestPosition(Map.of("rate", 0.5, "kind", "tree"));

        assertTrue(BaselineScore.find(data, space, position).isEmpty());
    }
}
