package org.uptake.struggle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventPropertiesTest {

    /** The tree's reading, which the streamed one must equal. */
    private static String byTree(String props, String key) {
        if (props == null || !props.contains("\"" + key + "\"")) {
            return null;
        }
        JsonNode value = EventProperties.parse(props).get(key);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static final List<String> AWKWARD = List.of(
            "{\"app_version\":\"5.13.0\"}",
            "{\"session_id\":\"s1\",\"app_version\":\"2026.3.0\",\"x\":1}",
            "{\"app_version\":\"1\",\"app_version\":\"2\"}",
            "{\"app_version\":null}",
            "{\"app_version\":{\"major\":5}}",
            "{\"app_version\":[5,13]}",
            "{\"app_version\":5.10}",
            "{\"app_version\":5}",
            "{\"app_version\":true}",
            "{\"nested\":{\"app_version\":\"9\"}}",
            "{\"label\":\"\\\"app_version\\\"\"}",
            "{\"app_version\":\"5\"} trailing",
            "{\"app_version\":\"5\"",
            "{\"app_version\":\"5\",",
            "{app_version:5}",
            "[{\"app_version\":\"5\"}]",
            " {\"app_version\":\"5\"}",
            "",
            "{}",
            "{\"app_version\":\"caf\\u00e9 \\n\"}",
            "{\"\\u0061pp_version\":\"escaped name\"}",
            "{\"app_version\":\"a\",\"big\":\"" + "x".repeat(1 << 21) + "\"}");

    @Test
    void aTextPropertyReadsAsTheTreeReadsIt() {
        for (String props : AWKWARD) {
            assertEquals(byTree(props, "app_version"), EventProperties.text(props, "app_version"), props);
        }
        assertEquals(null, EventProperties.text(null, "app_version"));
    }

    @Test
    void bothCoordinatesFromOneReading() {
        assertArrayEquals(new double[] {12.5, 40}, EventProperties.numbers("{\"x\":12.5,\"y\":40}", "x", "y"));
        assertArrayEquals(new double[] {Double.NaN, 40}, EventProperties.numbers("{\"x\":\"left\",\"y\":40}", "x", "y"));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, EventProperties.numbers("{\"z\":1}", "x", "y"));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, EventProperties.numbers("not json \"x\"", "x", "y"));
        // A name written with an escape is not the plain name a reading of one key looks for.
        assertArrayEquals(new double[] {Double.NaN, 3}, EventProperties.numbers("{\"\\u0078\":500,\"y\":3}", "x", "y"));
    }
}
