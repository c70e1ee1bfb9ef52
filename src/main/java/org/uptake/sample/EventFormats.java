package org.uptake.sample;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamp and version strings shared by the event writers. */
final class EventFormats {

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private EventFormats() {
    }

    /** ISO-8601 in the person's own time zone, as a warehouse export in local time writes it. */
    static String local(long ts, ZoneId zone) {
        return WITH_OFFSET.format(Instant.ofEpochMilli(ts).atZone(zone));
    }

    static String utc(long ts) {
        return UTC.format(Instant.ofEpochMilli(ts));
    }

    static String appVersion(String platform, long ts) {
        boolean launched = ts >= ScenarioDates.launchMillis();
        return switch (platform) {
            case "ios" -> launched ? "5.13.0" : "5.12.2";
            case "android" -> launched ? "5.13.1" : "5.12.0";
            default -> launched ? "2026.3.0" : "2026.2.4";
        };
    }
}
