package org.uptake.struggle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/** Reads values out of an event's stored properties (a JSON object), tolerating anything else. */
final class EventProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventProperties() {
    }

    static JsonNode parse(String props) {
        if (props == null || props.isBlank() || props.charAt(0) != '{') {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(props);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** The numbers stored under {@code first} and {@code second}, each NaN when absent or not a number, from one parse. */
    static double[] numbers(String props, String first, String second) {
        double[] both = {Double.NaN, Double.NaN};
        if (props == null || !props.contains("\"" + first + "\"") && !props.contains("\"" + second + "\"")) {
            return both;
        }
        JsonNode node = parse(props);
        // Each key only where its name is written out plainly, as a reading of that key alone asks (an escaped name is not).
        JsonNode a = props.contains("\"" + first + "\"") ? node.get(first) : null;
        JsonNode b = props.contains("\"" + second + "\"") ? node.get(second) : null;
        both[0] = a != null && a.isNumber() ? a.asDouble() : Double.NaN;
        both[1] = b != null && b.isNumber() ? b.asDouble() : Double.NaN;
        return both;
    }

    static String text(String props, String key) {
        if (props == null || !props.contains("\"" + key + "\"") || props.isBlank() || props.charAt(0) != '{') {
            return null;
        }
        if (props.length() > STREAMED_UP_TO) {
            // The tree refuses a string value past its limit where a stream passes over it unread: read as the tree reads.
            return byTree(props, key);
        }
        // Read as a stream, without a tree of every property: the clusters ask every member's latest event for its app
        // version. The value is the tree's: the last of repeated keys, none for a container or null, none when the text
        // is not one JSON object.
        String found = null;
        boolean number = false;
        try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(props)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return null;
            }
            for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != com.fasterxml.jackson.core.JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                com.fasterxml.jackson.core.JsonToken value = p.nextToken();
                if (value == null) {
                    return null;
                }
                if (key.equals(name)) {
                    boolean scalar = value.isScalarValue() && value != com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
                    found = scalar ? p.getText() : null;
                    number = value.isNumeric();
                }
                p.skipChildren();
            }
        } catch (java.io.IOException e) {
            return null;
        }
        // A number is told as the tree tells it (1.50 as 1.5): rare in a text property, so the tree is asked.
        return number ? byTree(props, key) : found;
    }

    /** Properties longer than this are read as a tree (a stream would pass over strings the tree refuses as too long). */
    private static final int STREAMED_UP_TO = 1 << 20;

    private static String byTree(String props, String key) {
        JsonNode value = parse(props).get(key);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /**
     * A broken state the event reports about itself: a count short of what was expected (e.g.
     * {@code widgets_rendered: 2} with {@code widgets_expected: 6}), or null when all is well.
     */
    static String brokenState(String props) {
        if (props == null || !props.contains("_expected")) {
            return null;
        }
        JsonNode node = parse(props);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> expected = it.next();
            String name = expected.getKey();
            if (!name.endsWith("_expected") || !expected.getValue().isNumber()) {
                continue;
            }
            String stem = name.substring(0, name.length() - "_expected".length());
            for (Iterator<Map.Entry<String, JsonNode>> others = node.fields(); others.hasNext(); ) {
                Map.Entry<String, JsonNode> actual = others.next();
                if (!actual.getKey().equals(name) && actual.getKey().startsWith(stem + "_") && actual.getValue().isNumber()
                        && actual.getValue().asDouble() < expected.getValue().asDouble()) {
                    return actual.getKey() + " " + actual.getValue().asText() + " of " + expected.getValue().asText() + " expected";
                }
            }
        }
        return null;
    }
}
