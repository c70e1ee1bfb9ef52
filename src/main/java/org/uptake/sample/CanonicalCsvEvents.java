package org.uptake.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/**
 * The web app's events as a warehouse export in Uptake's canonical CSV: local-time offsets,
 * properties as a JSON object, and an extra {@code app_version} column that becomes a property.
 */
final class CanonicalCsvEvents implements AutoCloseable {

    static final String FILE = "events-web.csv";
    static final String[] HEADER = {"event_id", "user_id", "timestamp", "event", "platform", "session_id", "target",
            "properties", "app_version"};

    private final CsvRows rows;
    private final ObjectMapper json = new ObjectMapper();
    private final SplittableRandom duplicates;
    private long duplicateRows;
    private int malformedRows;

    CanonicalCsvEvents(Writer out, long seed) throws IOException {
        this.rows = new CsvRows(out, HEADER);
        this.duplicates = Rng.global(seed, 21);
    }

    void write(SamplePerson person, SampleEvent event) throws IOException {
        String[] row = {event.id(), person.userId(), EventFormats.local(event.ts(), person.zone()), event.name(),
                event.platform(), event.sessionId(), event.target() == null ? "" : event.target(),
                properties(event), EventFormats.appVersion(event.platform(), event.ts())};
        rows.row(row);
        if (duplicates.nextDouble() < SampleGenerator.DUPLICATE_SHARE) {
            rows.row(row);
            duplicateRows++;
        }
    }

    /** Rows a real export would carry by mistake; each must be quarantined, not imported. */
    void writeMalformed(String userId) throws IOException {
        rows.raw("bad-ts-1," + userId + ",2026-13-45T99:00:00Z,page_viewed,web,s0,,{},2026.3.0");
        rows.raw("no-user-2,,2026-03-03T10:00:00Z,page_viewed,web,s0,,{},2026.3.0");
        rows.raw("bad-json-3," + userId + ",2026-03-03T10:00:00Z,page_viewed,web,s0,,{not json},2026.3.0");
        rows.raw("short-4," + userId + ",2026-03-03T10:00:00Z");
        rows.raw("no-event-5," + userId + ",2026-03-03T10:00:00Z,,web,s0,,{},2026.3.0");
        malformedRows += 5;
    }

    private String properties(SampleEvent event) throws JsonProcessingException {
        return json.writeValueAsString(event.properties());
    }

    long duplicateRows() {
        return duplicateRows;
    }

    int malformedRows() {
        return malformedRows;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
