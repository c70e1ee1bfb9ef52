package org.uptake.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Small, fast helpers for properties kept as JSON text. */
final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    /** True when the text is exactly one JSON object. */
    static boolean isObject(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) != '{') {
            return false;
        }
        if (text.equals("{}")) {
            return true;
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Adds string members to an object's text (extra CSV columns become properties). */
    static String withMembers(String object, List<String> names, String[] values, int[] columns) {
        StringBuilder out = new StringBuilder(object.length() + 32 * names.size());
        out.append(object, 0, object.length() - 1);
        boolean empty = object.strip().equals("{}");
        for (int i = 0; i < names.size(); i++) {
            int column = columns[i];
            String value = column < values.length ? values[column] : null;
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (!empty) {
                out.append(',');
            }
            empty = false;
            out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(names.get(i))).append("\":\"")
                    .append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
        }
        return out.append('}').toString();
    }

    static String quote(String value) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + '"';
    }

    static String object(Map<String, String> members) {
        StringBuilder out = new StringBuilder("{");
        members.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(k)).append(':').append(quote(v));
        });
        return out.append('}').toString();
    }
}
