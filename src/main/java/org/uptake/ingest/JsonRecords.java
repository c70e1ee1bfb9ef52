package org.uptake.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/** Reads JSON Lines or a JSON array record by record; a line that is not JSON is handed over as a bad record. */
final class JsonRecords {

    /** Receives each record: a parsed object, or null with the reason it could not be parsed. */
    @FunctionalInterface
    interface Handler {
        void record(long line, String raw, JsonNode node, String problem);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRecords() {
    }

    static void read(FileSniff sniff, Handler handler, BooleanSupplier cancelled,
            java.util.concurrent.atomic.AtomicLong position) throws IOException {
        if (sniff.layout() == Layout.JSON_ARRAY) {
            readArray(sniff, handler, cancelled, position);
            return;
        }
        try (BufferedReader reader = TextSource.reader(sniff.file(), sniff.compression(), sniff.charset(), position)) {
            long line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    handler.record(line, text, null, "not valid JSON: " + e.getOriginalMessage());
                    continue;
                }
                if (node == null || !node.isObject()) {
                    handler.record(line, text, null, "not a JSON object");
                    continue;
                }
                handler.record(line, text, node, null);
                if ((line & 4095) == 0 && cancelled.getAsBoolean()) {
                    return;
                }
            }
        }
    }

    private static void readArray(FileSniff sniff, Handler handler, BooleanSupplier cancelled,
            java.util.concurrent.atomic.AtomicLong position) throws IOException {
        try (BufferedReader reader = TextSource.reader(sniff.file(), sniff.compression(), sniff.charset(), position);
             JsonParser parser = JSON.getFactory().createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportProblem(sniff.file().getFileName() + " is not a JSON array.");
            }
            long count = 0;
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
                throw new ImportProblem(sniff.file().getFileName() + " ends before its JSON array is closed (truncated?).");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ImportProblem(sniff.file().getFileName() + " is not valid JSON near line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        }
    }
}
