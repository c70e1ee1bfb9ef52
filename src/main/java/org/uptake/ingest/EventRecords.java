package org.uptake.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Turns the records of an events file into canonical events, whatever its dialect: Uptake's
 * canonical CSV or JSON, Segment, Mixpanel, Amplitude or PostHog. Bad records go to quarantine
 * with their reason; Segment identify and group calls become person and account updates.
 */
final class EventRecords {

    /** The fixed timestamp formats of the vendors' exports (Mixpanel epoch seconds, Amplitude UTC without offset). */
    private static final Timestamps EPOCH_SECONDS = new Timestamps(TimestampFormat.EPOCH_SECONDS, ZoneOffset.UTC);
    private static final Timestamps UTC_LOCAL = new Timestamps(TimestampFormat.ISO_LOCAL, ZoneOffset.UTC);
    private static final Timestamps ISO = new Timestamps(TimestampFormat.ISO_OFFSET, ZoneOffset.UTC);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final FileSniff sniff;
    private final ColumnMapping mapping;
    private final Timestamps timestamps;
    private final RecordSink sink;

    EventRecords(FileSniff sniff, ColumnMapping mapping, Timestamps timestamps, RecordSink sink) {
        this.sniff = sniff;
        this.mapping = mapping;
        this.timestamps = timestamps;
        this.sink = sink;
    }

    void read(BooleanSupplier cancelled, java.util.concurrent.atomic.AtomicLong position) throws IOException {
        if (sniff.layout() == Layout.DELIMITED) {
            readDelimited(cancelled, position);
        } else {
            JsonRecords.read(sniff, this::json, cancelled, position);
        }
    }

    private void readDelimited(BooleanSupplier cancelled, java.util.concurrent.atomic.AtomicLong position) throws IOException {
        List<String> header = sniff.header();
        int id = index(header, Field.EVENT_ID);
        int user = index(header, Field.USER_ID);
        int anonymous = index(header, Field.ANONYMOUS_ID);
        int time = index(header, Field.TIMESTAMP);
        int event = index(header, Field.EVENT);
        int platform = index(header, Field.PLATFORM);
        int session = index(header, Field.SESSION_ID);
        int target = index(header, Field.TARGET);
        int properties = index(header, Field.PROPERTIES);
        List<String> extraNames = new ArrayList<>();
        List<Integer> extraColumns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!mapping.columns().containsValue(header.get(i)) && !header.get(i).isBlank()) {
                extraNames.add(header.get(i));
                extraColumns.add(i);
            }
        }
        int[] extras = extraColumns.stream().mapToInt(Integer::intValue).toArray();
        long[] count = {0};
        DelimitedRecords.read(sniff, (line, raw, v, problem) -> {
            sink.read(++count[0]);
            if (problem != null) {
                sink.quarantine(line, raw, problem);
                return;
            }
            if (v.length != header.size()) {
                sink.quarantine(line, raw, "has " + v.length + " fields where the header has " + header.size());
                return;
            }
            String userId = value(v, user);
            String anonymousId = value(v, anonymous);
            if (userId == null && anonymousId == null) {
                sink.quarantine(line, raw, "no user id");
                return;
            }
            String name = value(v, event);
            if (name == null) {
                sink.quarantine(line, raw, "no event name");
                return;
            }
            long ts;
            try {
                ts = timestamps.parse(value(v, time));
            } catch (DateTimeException e) {
                sink.quarantine(line, raw, "timestamp: " + e.getMessage());
                return;
            }
            String props = value(v, properties);
            if (props == null) {
                props = "{}";
            } else if (!JsonText.isObject(props)) {
                sink.quarantine(line, raw, "properties are not a JSON object");
                return;
            }
            if (extras.length > 0) {
                props = JsonText.withMembers(props, extraNames, v, extras);
            }
            String eventId = value(v, id);
            String oversized = oversized(userId, anonymousId, name, value(v, platform), value(v, target), value(v, session), props);
            if (oversized != null) {
                sink.quarantine(line, raw, oversized);
                return;
            }
            sink.event(new ParsedEvent(userId, anonymousId, ts, name, lower(value(v, platform)), value(v, session),
                    value(v, target), props, Hash64.dedupeKey(eventId, userId != null ? userId : anonymousId, name, ts, props)));
        }, cancelled, position);
    }

    private int index(List<String> header, Field field) {
        String column = mapping.column(field);
        return column == null ? -1 : header.indexOf(column);
    }

    private static String value(String[] values, int index) {
        if (index < 0 || index >= values.length) {
            return null;
        }
        String v = values[index];
        return v == null || v.isBlank() ? null : v.strip();
    }

    private long jsonCount;

    private void json(long line, String raw, JsonNode node, String problem) {
        sink.read(++jsonCount);
        if (problem != null) {
            sink.quarantine(line, raw, problem);
            return;
        }
        try {
            switch (sniff.dialect()) {
                case SEGMENT -> segment(line, raw, node);
                case MIXPANEL -> mixpanel(line, raw, node);
                case AMPLITUDE -> amplitude(line, raw, node);
                case POSTHOG -> posthog(line, raw, node);
                default -> canonicalJson(line, raw, node);
            }
        } catch (DateTimeException e) {
            sink.quarantine(line, raw, "timestamp: " + e.getMessage());
        }
    }

    private void segment(long line, String raw, JsonNode call) {
        String type = text(call, "type");
        String userId = text(call, "userId");
        String anonymousId = text(call, "anonymousId");
        if ("identify".equals(type) || "alias".equals(type)) {
            String linked = "alias".equals(type) ? text(call, "previousId") : anonymousId;
            if (userId == null) {
                sink.quarantine(line, raw, type + " call without a userId");
                return;
            }
            Map<String, String> traits = strings(call.get("traits"));
            String problem = StorageLimits.idProblem("user id", userId);
            if (problem == null) {
                problem = StorageLimits.idProblem("anonymous id", linked);
            }
            if (problem == null) {
                problem = StorageLimits.personProblem(traits);
            }
            if (problem != null) {
                sink.quarantine(line, raw, problem);
                return;
            }
            sink.identify(userId, linked, traits);
            return;
        }
        if ("group".equals(type)) {
            String groupId = text(call, "groupId");
            if (userId == null || groupId == null) {
                sink.quarantine(line, raw, "group call without a userId or groupId");
                return;
            }
            Map<String, String> traits = strings(call.get("traits"));
            String problem = StorageLimits.idProblem("user id", userId);
            if (problem == null) {
                problem = StorageLimits.idProblem("account id", groupId);
            }
            if (problem == null) {
                problem = StorageLimits.accountProblem(traits);
            }
            if (problem != null) {
                sink.quarantine(line, raw, problem);
                return;
            }
            sink.group(userId, groupId, traits);
            return;
        }
        String name = switch (type == null ? "" : type) {
            case "track" -> text(call, "event");
            case "page" -> "page_viewed";
            case "screen" -> "screen_viewed";
            default -> null;
        };
        if (type == null || name == null) {
            sink.quarantine(line, raw, type == null ? "no call type" : "track".equals(type) ? "no event name"
                    : "unsupported call type '" + type + "'");
            return;
        }
        JsonNode properties = call.path("properties");
        ObjectNode props = properties.isObject() ? ((ObjectNode) properties).deepCopy() : JsonNodeFactory.instance.objectNode();
        String session = removeText(props, "session_id");
        String target = removeText(props, "target");
        String appVersion = text(call.path("context").path("app"), "version");
        if (appVersion != null) {
            props.put("app_version", appVersion);
        }
        String platform = firstNonNull(text(call.path("context").path("device"), "type"),
                text(call.path("context").path("os"), "name"));
        long ts = timestamps.parse(firstNonNull(text(call, "timestamp"), text(call, "sentAt")));
        emit(line, raw, text(call, "messageId"), userId, anonymousId, ts, name, platform, session, target, props);
    }

    private void mixpanel(long line, String raw, JsonNode record) {
        JsonNode properties = record.path("properties");
        ObjectNode props = properties.isObject() ? ((ObjectNode) properties).deepCopy() : JsonNodeFactory.instance.objectNode();
        String time = removeText(props, "time");
        String distinct = removeText(props, "distinct_id");
        String insertId = removeText(props, "$insert_id");
        String platform = firstNonNull(text(props, "$os"), text(props, "mp_lib"));
        String device = removeText(props, "$device_id");
        long ts = EPOCH_SECONDS.parse(time);
        String user = distinct != null && !distinct.startsWith("$device:") ? distinct : null;
        emit(line, raw, insertId, user, user == null ? firstNonNull(device, distinct) : null, ts, text(record, "event"),
                platform, text(props, "$session_id"), null, props);
    }

    private void amplitude(long line, String raw, JsonNode record) {
        JsonNode properties = record.path("event_properties");
        ObjectNode props = properties.isObject() ? ((ObjectNode) properties).deepCopy() : JsonNodeFactory.instance.objectNode();
        String appVersion = text(record, "version_name");
        if (appVersion != null) {
            props.put("app_version", appVersion);
        }
        long ts = UTC_LOCAL.parse(firstNonNull(text(record, "event_time"), text(record, "client_event_time")));
        emit(line, raw, firstNonNull(text(record, "insert_id"), text(record, "uuid")), text(record, "user_id"),
                text(record, "device_id"), ts, text(record, "event_type"),
                firstNonNull(text(record, "platform"), text(record, "os_name")), text(record, "session_id"), null, props);
    }

    private void posthog(long line, String raw, JsonNode record) {
        JsonNode properties = record.path("properties");
        if (properties.isTextual()) {
            try {
                properties = JSON.readTree(properties.asText());
            } catch (IOException e) {
                sink.quarantine(line, raw, "properties are not a JSON object");
                return;
            }
        }
        ObjectNode props = properties.isObject() ? ((ObjectNode) properties).deepCopy() : JsonNodeFactory.instance.objectNode();
        long ts = ISO.parse(text(record, "timestamp"));
        emit(line, raw, text(record, "uuid"), text(record, "distinct_id"), null, ts, text(record, "event"),
                text(props, "$os"), text(props, "$session_id"), text(props, "$el_text"), props);
    }

    private void canonicalJson(long line, String raw, JsonNode record) {
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        JsonNode properties = record.get(mappingOr(Field.PROPERTIES));
        if (properties != null && properties.isObject()) {
            props.setAll((ObjectNode) properties);
        } else if (properties != null && !properties.isNull()) {
            sink.quarantine(line, raw, "properties are not a JSON object");
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = record.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!mapping.columns().containsValue(f.getKey())) {
                props.set(f.getKey(), f.getValue());
            }
        }
        long ts = timestamps.parse(text(record, mappingOr(Field.TIMESTAMP)));
        emit(line, raw, text(record, mappingOr(Field.EVENT_ID)), text(record, mappingOr(Field.USER_ID)),
                text(record, mappingOr(Field.ANONYMOUS_ID)), ts, text(record, mappingOr(Field.EVENT)),
                text(record, mappingOr(Field.PLATFORM)), text(record, mappingOr(Field.SESSION_ID)),
                text(record, mappingOr(Field.TARGET)), props);
    }

    private String mappingOr(Field field) {
        String column = mapping.column(field);
        return column == null ? field.canonicalName() : column;
    }

    private void emit(long line, String raw, String eventId, String userId, String anonymousId, long ts, String name,
            String platform, String session, String target, ObjectNode props) {
        if (userId == null && anonymousId == null) {
            sink.quarantine(line, raw, "no user id");
            return;
        }
        if (name == null) {
            sink.quarantine(line, raw, "no event name");
            return;
        }
        String properties = props.toString();
        String oversized = oversized(userId, anonymousId, name, platform, target, session, properties);
        if (oversized != null) {
            sink.quarantine(line, raw, oversized);
            return;
        }
        sink.event(new ParsedEvent(userId, anonymousId, ts, name, lower(platform), session, target, properties,
                Hash64.dedupeKey(eventId, userId != null ? userId : anonymousId, name, ts, properties)));
    }

    /** Longest event name, platform or click target the dictionary keeps. */
    static final int MAX_NAME = 300;
    static final int MAX_SESSION = 200;
    /** Longest properties text: an event block must stay well under what one row may hold. */
    static final int MAX_PROPERTIES = 64 * 1024;

    /** Why a field is too long to store, or null when none is. */
    static String oversized(String userId, String anonymousId, String name, String platform, String target, String session,
            String properties) {
        if (userId != null && userId.length() > StorageLimits.USER_ID) {
            return "user id longer than " + StorageLimits.USER_ID + " characters";
        }
        if (anonymousId != null && anonymousId.length() > StorageLimits.USER_ID) {
            return "anonymous id longer than " + StorageLimits.USER_ID + " characters";
        }
        if (name.length() > MAX_NAME) {
            return "event name longer than " + MAX_NAME + " characters";
        }
        if (platform != null && platform.length() > MAX_NAME) {
            return "platform longer than " + MAX_NAME + " characters";
        }
        if (target != null && target.length() > MAX_NAME) {
            return "target longer than " + MAX_NAME + " characters";
        }
        if (session != null && session.length() > MAX_SESSION) {
            return "session id longer than " + MAX_SESSION + " characters";
        }
        if (properties.length() > MAX_PROPERTIES) {
            return String.format("properties longer than %,d characters", MAX_PROPERTIES);
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static String removeText(ObjectNode node, String field) {
        String value = text(node, field);
        node.remove(field);
        return value;
    }

    private static Map<String, String> strings(JsonNode traits) {
        Map<String, String> values = new LinkedHashMap<>();
        if (traits != null && traits.isObject()) {
            traits.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    values.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return values;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
