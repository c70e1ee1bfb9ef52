package org.uptake.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Recognises a JSON file from its sample: JSON Lines, a JSON array, or Segment's batch object; then whose export it is. */
final class JsonSniff {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSniff() {
    }

    static FileSniff describe(Path file, String entry, String name, long size, Compression compression, Charset charset,
            boolean crlf, String text, boolean cut) {
        Layout layout;
        List<JsonNode> records;
        if (text.startsWith("[")) {
            layout = Layout.JSON_ARRAY;
            records = arrayElements(text);
        } else if (isBatch(text)) {
            layout = Layout.JSON_BATCH;
            records = batchElements(text);
        } else {
            layout = Layout.JSON_LINES;
            records = jsonLines(text);
        }
        if (records.isEmpty()) {
            if (cut) {
                throw new ImportProblem(String.format("%s starts with a JSON record larger than %d MB: too large to import"
                        + " (a record may hold at most %d MB).", name, Sniffer.LONG_RECORD_SAMPLE_BYTES / 1048576,
                        Sniffer.LONG_RECORD_SAMPLE_BYTES / 1048576));
            }
            throw new ImportProblem(name + " starts like JSON but its first record is not valid JSON.");
        }
        JsonNode first = records.get(0);
        SourceKind kind = SourceKind.EVENTS;
        Dialect dialect = Dialect.CANONICAL;
        String type = first.path("type").asText("");
        if (first.has("key") && first.has("adoption")) {
            kind = SourceKind.FEATURES;
        } else if (Set.of("track", "identify", "group", "page", "screen", "alias").contains(type)) {
            dialect = Dialect.SEGMENT;
        } else if (first.has("event_type") && (first.has("event_time") || first.has("client_event_time"))) {
            dialect = Dialect.AMPLITUDE;
        } else if (first.has("uuid") && first.has("distinct_id") && first.has("event")) {
            dialect = Dialect.POSTHOG;
        } else if (first.has("event") && first.path("properties").has("distinct_id") || first.path("properties").has("time")
                && first.has("event") && !first.has("timestamp")) {
            dialect = Dialect.MIXPANEL;
        }
        Set<String> keys = new LinkedHashSet<>();
        records.forEach(r -> r.fieldNames().forEachRemaining(keys::add));
        List<List<String>> preview = new ArrayList<>();
        for (JsonNode r : records.subList(0, Math.min(Sniffer.PREVIEW_ROWS, records.size()))) {
            List<String> row = new ArrayList<>();
            for (String key : keys) {
                JsonNode value = r.get(key);
                row.add(value == null ? "" : value.isValueNode() ? value.asText() : value.toString());
            }
            preview.add(row);
        }
        return new FileSniff(file, size, compression, charset, false, crlf, layout, ',', kind, dialect,
                new ArrayList<>(keys), preview, entry);
    }

    private static List<JsonNode> jsonLines(String text) {
        List<JsonNode> records = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (records.size() > Sniffer.PREVIEW_ROWS) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                if (node != null && node.isObject()) {
                    records.add(node);
                }
            } catch (IOException e) {
                // A cut-off last line of the sample, or a malformed row the import will quarantine.
            }
        }
        return records;
    }

    private static List<JsonNode> arrayElements(String text) {
        List<JsonNode> records = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            parser.nextToken();
            readElements(parser, records);
        } catch (IOException e) {
            // The sample ends inside an element; what was read is enough for a preview.
        }
        return records;
    }

    /** True when the text starts with an object that has a "batch" array at its top level (Segment's HTTP/batch shape). */
    static boolean isBatch(String text) {
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            return parser.nextToken() == JsonToken.START_OBJECT && toBatch(parser);
        } catch (IOException e) {
            return false;
        }
    }

    /** Moves the parser, inside an object, to the start of its "batch" array; false when the object has none. */
    static boolean toBatch(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("batch") && value == JsonToken.START_ARRAY) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private static List<JsonNode> batchElements(String text) {
        List<JsonNode> records = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            parser.nextToken();
            toBatch(parser);
            readElements(parser, records);
        } catch (IOException e) {
            // The sample ends inside an element; what was read is enough for a preview.
        }
        return records;
    }

    private static void readElements(JsonParser parser, List<JsonNode> records) throws IOException {
        while (records.size() <= Sniffer.PREVIEW_ROWS && parser.nextToken() == JsonToken.START_OBJECT) {
            records.add(JSON.readTree(parser));
        }
    }
}
