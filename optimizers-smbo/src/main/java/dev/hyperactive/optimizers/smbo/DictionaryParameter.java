package dev.hyperactive.optimizers.smbo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a parameter whose Python counterpart is a dictionary of integers, such as
 * {@code tree_para = {"n_estimators": 100}}, from its string form.
 */
final class DictionaryParameter {

    private DictionaryParameter() {
    }

    /**
     * Parses entries {@code key: value} or {@code key=value}, separated by commas, optionally inside
     * braces and with the keys in single or double quotes, as Python and {@link Map#toString()} write
     * them. An empty dictionary gives an empty map.
     *
     * @throws IllegalArgumentException naming the parameter if an entry is malformed, a key is not
     *     in {@code keys}, a key repeats, or a value is not an integer
     */
    static Map<String, Integer> parseIntegers(String optimizer, String parameter, String value, List<String> keys) {
        String body = value.trim();
        if (body.startsWith("{") && body.endsWith("}")) {
            body = body.substring(1, body.length() - 1).trim();
        }

        Map<String, Integer> entries = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return entries;
        }
        for (String entry : body.split(",")) {
            int separator = indexOfSeparator(entry);
            if (separator < 0) {
                throw invalid(optimizer, parameter, value, keys);
            }
            String key = unquote(entry.substring(0, separator).trim());
            String number = entry.substring(separator + 1).trim();
            if (!keys.contains(key) || entries.containsKey(key)) {
                throw invalid(optimizer, parameter, value, keys);
            }
            try {
                entries.put(key, Integer.parseInt(number));
            } catch (NumberFormatException e) {
                throw invalid(optimizer, parameter, value, keys);
            }
        }
        return entries;
    }

    private static int indexOfSeparator(String entry) {
        int colon = entry.indexOf(':');
        int equals = entry.indexOf('=');
        if (colon < 0) {
            return equals;
        }
        return equals < 0 ? colon : Math.min(colon, equals);
    }

    private static String unquote(String key) {
        boolean doubleQuoted = key.startsWith("\"") && key.endsWith("\"");
        boolean singleQuoted = key.startsWith("'") && key.endsWith("'");
        if (key.length() >= 2 && (doubleQuoted || singleQuoted)) {
            return key.substring(1, key.length() - 1);
        }
        return key;
    }

    private static IllegalArgumentException invalid(String optimizer, String parameter, String value,
            List<String> keys) {
        return new IllegalArgumentException("parameter " + parameter + " of optimizer " + optimizer
                + " must be a dictionary of integers with the keys " + String.join(", ", keys) + ": '" + value + "'");
    }
}
