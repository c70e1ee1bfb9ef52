package org.uptake.ingest;

/**
 * One event as read from a file, in canonical fields, before it gets workspace ids. Either the
 * user id or the anonymous id is set; {@code properties} is a JSON object's text.
 */
record ParsedEvent(String userId, String anonymousId, long ts, String name, String platform, String sessionId,
        String target, String properties, long dedupeKey) {
}
