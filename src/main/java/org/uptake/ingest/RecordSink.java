package org.uptake.ingest;

import java.util.Map;

/** Where a reader sends what it found in each record. */
interface RecordSink {

    void event(ParsedEvent event);

    /** An identify call: traits for a person, and the anonymous id it links to the user id. */
    default void identify(String userId, String anonymousId, Map<String, String> traits) {
    }

    /** A group call: the person belongs to the account, with the account's traits. */
    default void group(String userId, String accountId, Map<String, String> traits) {
    }

    void quarantine(long line, String raw, String reason);

    /** Records read so far (good or bad), for progress. */
    default void read(long records) {
    }
}
