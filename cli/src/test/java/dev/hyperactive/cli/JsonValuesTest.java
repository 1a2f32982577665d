package dev.hyperactive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hyperactive.api.SearchSpace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conversion of values and scores to JSON. */
class JsonValuesTest {

    private final Object estimator = List.of("an", "estimator");

    private final SearchSpace space = SearchSpace.builder()
            .integers("n", 1, 5, 1)
            .longs("size", 0L, 10_000_000_000L, 1_000_000_000L)
            .doubles("rate", 0.0, 1.0, 0.1)
            .categorical("mode", "a", "b")
            .categorical("model", Map.of("boosted", estimator))
            .build();

    @Test
    void integerStaysInteger() {
        JsonNode node = JsonValues.value("n", 3, space);
        assertTrue(node.isIntegralNumber());
        assertEquals(3, node.asInt());
    }

    @Test
    void longStaysLong() {
        assertEquals(9_000_000_000L, JsonValues.value("size", 9_000_000_000L, space).asLong());
    }

    @Test
    void doubleStaysDouble() {
        JsonNode node = JsonValues.value("rate", 0.3, space);
        assertTrue(node.isDouble());
        assertEquals("0.3", node.toString());
    }

    @Test
    void stringStaysString() {
        assertEquals("\"b\"", JsonValues.value("mode", "b", space).toString());
    }

    @Test
    void objectBecomesLabel() {
        assertEquals("\"boosted\"", JsonValues.value("model", estimator, space).toString());
    }

    @Test
    void nonFiniteScoreIsNull() {
        assertTrue(JsonValues.score(Double.NaN).isNull());
        assertTrue(JsonValues.score(Double.POSITIVE_INFINITY).isNull());
        assertEquals(-0.5, JsonValues.score(-0.5).asDouble());
    }

    @Test
    void parametersKeepOrder() {
        JsonNode node = JsonValues.parameters(new java.util.LinkedHashMap<>(Map.of("n", 2)), space);
        assertEquals("{\"n\":2}", node.toString());
    }
}
