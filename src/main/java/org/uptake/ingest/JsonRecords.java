package org.uptake.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Reads JSON Lines, a JSON array or Segment batch objects record by record; a line that is not
 * JSON, holds bytes that are not text, or is larger than a record may be is handed over as a bad record.
 */
final class JsonRecords {

    /** Receives each record: a parsed object, or null with the reason it could not be parsed. */
    @FunctionalInterface
    interface Handler {
        void record(long line, String raw, JsonNode node, String problem);
    }

    /** The longest JSON line parsed as a record; past it the line is quarantined as too large, unparsed. */
    static final int MAX_RECORD_CHARS = Sniffer.LONG_RECORD_SAMPLE_BYTES;
    private static final int KEPT_OF_TOO_LARGE = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRecords() {
    }

    static void read(FileSniff sniff, Handler handler, BooleanSupplier cancelled,
            java.util.concurrent.atomic.AtomicLong position) throws IOException {
        if (sniff.layout() == Layout.JSON_ARRAY || sniff.layout() == Layout.JSON_BATCH) {
            readNested(sniff, handler, cancelled, position);
            return;
        }
        try (BufferedReader reader = TextSource.reader(sniff, position)) {
            long line = 0;
            for (String record = reader.readLine(); record != null; record = reader.readLine()) {
                line++;
                if (record.length() > MAX_RECORD_CHARS) {
                    handler.record(line, record.substring(0, KEPT_OF_TOO_LARGE), null, String.format(
                            "record too large (%.1f MB; a record may hold at most %d MB)", record.length() / 1048576.0,
                            MAX_RECORD_CHARS / 1048576));
                    continue;
                }
                if (record.isBlank()) {
                    continue;
                }
                String unreadable = TextSource.unreadable(record, sniff.charset());
                if (unreadable != null) {
                    handler.record(line, record, null, unreadable);
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(record);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    handler.record(line, record, null, "not valid JSON: " + e.getOriginalMessage());
                    continue;
                }
                if (node == null || !node.isObject()) {
                    handler.record(line, record, null, "not a JSON object");
                    continue;
                }
                handler.record(line, record, node, null);
                if ((line & 4095) == 0 && cancelled.getAsBoolean()) {
                    return;
                }
            }
        }
    }

    /** A JSON array of records, or one or more Segment batch objects ({"batch": [...]}) one after another. */
    private static void readNested(FileSniff sniff, Handler handler, BooleanSupplier cancelled,
            java.util.concurrent.atomic.AtomicLong position) throws IOException {
        boolean batch = sniff.layout() == Layout.JSON_BATCH;
        try (BufferedReader reader = TextSource.reader(sniff, position);
             JsonParser parser = JSON.getFactory().createParser(reader)) {
            long count = 0;
            JsonToken root;
            boolean any = false;
            while ((root = parser.nextToken()) != null) {
                if (batch ? root != JsonToken.START_OBJECT || !JsonSniff.toBatch(parser) : root != JsonToken.START_ARRAY) {
                    if (!any) {
                        throw new ImportProblem(sniff.displayName() + (batch ? " is not a Segment batch ({\"batch\": [...]})."
                                : " is not a JSON array."));
                    }
                    handler.record(parser.currentLocation().getLineNr(), "", null, batch ? "not a Segment batch object"
                            : "not a JSON array");
                    parser.skipChildren();
                    continue;
                }
                any = true;
                JsonToken token;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    long line = parser.currentLocation().getLineNr();
                    JsonNode node = JSON.readTree(parser);
                    if (node == null || !node.isObject()) {
                        handler.record(line, String.valueOf(node), null, "not a JSON object");
                    } else {
                        handler.record(line, node.toString(), node, null);
                    }
                    if ((++count & 4095) == 0 && cancelled.getAsBoolean()) {
                        return;
                    }
                }
                if (token == null) {
                    throw new ImportProblem(sniff.displayName() + " ends before its JSON array is closed (truncated?).");
                }
                if (batch) {
                    // The rest of the batch object (sentAt, context…) says nothing about its calls.
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        parser.nextToken();
                        parser.skipChildren();
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ImportProblem(sniff.displayName() + " is not valid JSON near line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        }
    }
}
