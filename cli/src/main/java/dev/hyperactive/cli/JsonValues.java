package dev.hyperactive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hyperactive.api.Dimension;
import dev.hyperactive.api.SearchSpace;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Converts parameter values and scores to JSON nodes: numbers stay numbers, strings stay strings,
 * and any other value becomes its label in the search space, as in exported search data.
 */
final class JsonValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    /** Returns {@code score} as a number node, or a null node when it is not finite. */
    static JsonNode score(double score) {
        return Double.isFinite(score) ? NODES.numberNode(score) : NODES.nullNode();
    }

    /** Returns an object of the values in {@code parameters}, in their order. */
    static ObjectNode parameters(Map<String, Object> parameters, SearchSpace space) {
        ObjectNode node = NODES.objectNode();
        parameters.forEach((name, value) -> node.set(name, value(name, value, space)));
        return node;
    }

    /** Returns the node of one value of the parameter {@code name}. */
    static JsonNode value(String name, Object value, SearchSpace space) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? NODES.numberNode(number) : NODES.textNode(String.valueOf(number));
        }
        if (value instanceof BigInteger) {
            return NODES.numberNode((BigInteger) value);
        }
        if (value instanceof BigDecimal) {
            return NODES.numberNode((BigDecimal) value);
        }
        if (value instanceof String) {
            return NODES.textNode((String) value);
        }
        return NODES.textNode(label(name, value, space));
    }

    /**
     * Returns a plain value for listings, such as an optimizer parameter's default: numbers, strings
     * and booleans as they are, and anything else as its {@code toString()}.
     */
    static JsonNode plain(Object value) {
        if (value instanceof Boolean) {
            return NODES.booleanNode((Boolean) value);
        }
        if (value == null || value instanceof Number || value instanceof String) {
            return value(null, value, null);
        }
        return NODES.textNode(String.valueOf(value));
    }

    private static String label(String name, Object value, SearchSpace space) {
        if (space != null && name != null && space.contains(name)) {
            Dimension dimension = space.dimension(name);
            OptionalInt index = dimension.exactIndexOf(value);
            if (index.isPresent()) {
                return dimension.label(index.getAsInt());
            }
        }
        return String.valueOf(value);
    }
}
