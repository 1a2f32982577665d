package dev.hyperactive.examples;

import dev.hyperactive.api.Parameters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain {@link Parameters} for calling an objective without the engine: fixed values, recorded outputs kept in order. */
final class TestParameters implements Parameters {

    private final Map<String, Object> values;
    private final Map<String, Object> recorded = new LinkedHashMap<>();

    TestParameters(Map<String, ?> values) {
        this.values = new LinkedHashMap<>(values);
    }

    /** Returns values for the study's parameters, in search-space order. */
    static TestParameters of(String criterion, int trees, double featureFraction, int maxDepth, int minChildWeight) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ForestSettings.CRITERION, criterion);
        values.put(ForestSettings.TREES, trees);
        values.put(ForestSettings.FEATURE_FRACTION, featureFraction);
        values.put(ForestSettings.MAX_DEPTH, maxDepth);
        values.put(ForestSettings.MIN_CHILD_WEIGHT, minChildWeight);
        return new TestParameters(values);
    }

    /** Returns the outputs recorded so far, in the order first recorded. */
    Map<String, Object> recorded() {
        return recorded;
    }

    @Override
    public Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        return values.get(name);
    }

    @Override
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public Map<String, Object> passThrough() {
        return new HashMap<>();
    }

    @Override
    public void record(String name, Object value) {
        recorded.put(name, value);
    }

    @Override
    public int iteration() {
        return 0;
    }

    @Override
    public int job() {
        return 0;
    }
}
