package org.uptake.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The mobile apps' events as Segment writes them, one call per line: identify (with traits and the
 * anonymous id it links), group (account traits) and track, with retried duplicates.
 */
final class SegmentJsonLines implements AutoCloseable {

    static final String FILE = "events-mobile.jsonl";

    private final Writer out;
    private final JsonFactory factory = new JsonFactory();
    private final SplittableRandom random;
    private long duplicateRows;
    private int malformedRows;

    SegmentJsonLines(Writer out, long seed) {
        this.out = out;
        this.random = Rng.global(seed, 22);
    }

    void identify(SamplePerson person, long ts) throws IOException {
        line(g -> {
            g.writeStringField("type", "identify");
            g.writeStringField("messageId", "id-" + Rng.hexId(random));
            g.writeStringField("userId", person.userId());
            if (person.anonymousId() != null) {
                g.writeStringField("anonymousId", person.anonymousId());
            }
            g.writeStringField("timestamp", EventFormats.utc(ts));
            g.writeObjectFieldStart("traits");
            g.writeStringField("email", person.email());
            g.writeStringField("segment", person.segment().label);
            g.writeStringField("plan", person.plan());
            g.writeStringField("role", person.role());
            g.writeStringField("account_id", person.account().id());
            g.writeStringField("created_at", EventFormats.utc(person.createdAt()));
            g.writeEndObject();
        });
    }

    void group(SamplePerson person, long ts) throws IOException {
        SampleAccount account = person.account();
        line(g -> {
            g.writeStringField("type", "group");
            g.writeStringField("messageId", "gr-" + Rng.hexId(random));
            g.writeStringField("userId", person.userId());
            g.writeStringField("groupId", account.id());
            g.writeStringField("timestamp", EventFormats.utc(ts));
            g.writeObjectFieldStart("traits");
            g.writeStringField("name", account.name());
            g.writeStringField("tier", account.tier());
            g.writeNumberField("arr", account.arr());
            g.writeStringField("csm_owner", account.csmOwner());
            g.writeEndObject();
        });
    }

    void track(SamplePerson person, SampleEvent event) throws IOException {
        String text = render(g -> {
            g.writeStringField("type", "track");
            g.writeStringField("messageId", event.id());
            if (!event.anonymous()) {
                g.writeStringField("userId", person.userId());
            }
            if (person.anonymousId() != null) {
                g.writeStringField("anonymousId", person.anonymousId());
            }
            g.writeStringField("event", event.name());
            g.writeStringField("timestamp", EventFormats.utc(event.ts()));
            g.writeObjectFieldStart("properties");
            for (Map.Entry<String, Object> p : event.properties().entrySet()) {
                g.writeObjectField(p.getKey(), p.getValue());
            }
            g.writeStringField("session_id", event.sessionId());
            if (event.target() != null) {
                g.writeStringField("target", event.target());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("context");
            g.writeObjectFieldStart("app");
            g.writeStringField("version", EventFormats.appVersion(event.platform(), event.ts()));
            g.writeEndObject();
            g.writeObjectFieldStart("device");
            g.writeStringField("type", event.platform());
            g.writeEndObject();
            g.writeObjectFieldStart("os");
            g.writeStringField("name", event.platform().equals("ios") ? "iOS" : "Android");
            g.writeEndObject();
            g.writeStringField("timezone", person.zone().getId());
            g.writeEndObject();
        });
        out.write(text);
        if (random.nextDouble() < SampleGenerator.DUPLICATE_SHARE) {
            out.write(text);
            duplicateRows++;
        }
    }

    void writeMalformed(String userId) throws IOException {
        out.write("{\"type\":\"track\",\"messageId\":\"bad-1\",\"userId\":\"" + userId + "\",\"event\":\"page_viewed\",\"timest\n");
        out.write("{\"type\":\"track\",\"messageId\":\"bad-2\",\"userId\":\"" + userId
                + "\",\"timestamp\":\"2026-03-03T10:00:00.000Z\",\"properties\":{}}\n");
        out.write("{\"type\":\"track\",\"messageId\":\"bad-3\",\"userId\":\"" + userId
                + "\",\"event\":\"page_viewed\",\"timestamp\":\"yesterday\",\"properties\":{}}\n");
        malformedRows += 3;
    }

    long duplicateRows() {
        return duplicateRows;
    }

    int malformedRows() {
        return malformedRows;
    }

    private void line(JsonBody body) throws IOException {
        out.write(render(body));
    }

    private String render(JsonBody body) throws IOException {
        StringWriter text = new StringWriter(320);
        try (JsonGenerator g = factory.createGenerator(text)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        }
        text.write('\n');
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    @FunctionalInterface
    private interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }
}
