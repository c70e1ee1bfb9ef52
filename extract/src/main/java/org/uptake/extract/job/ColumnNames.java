package org.uptake.extract.job;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The column names exports use for each canonical field: the desktop importers' mapping names
 * (org.uptake.ingest.Field), so a file the desktop imports maps the same way on the cluster.
 */
enum ColumnNames {
    EVENT_ID("event_id", "id", "message_id", "messageid", "$insert_id", "insert_id", "uuid"),
    USER_ID("user_id", "userid", "distinct_id", "person_id", "customer_id", "user"),
    ANONYMOUS_ID("anonymous_id", "anonymousid", "device_id", "anon_id"),
    TIMESTAMP("timestamp", "time", "ts", "event_time", "occurred_at", "datetime", "date"),
    EVENT("event", "event_name", "event_type", "action", "name"),
    PLATFORM("platform", "os", "device_type", "$os", "os_name"),
    PROPERTIES("properties", "props", "event_properties", "attributes"),
    PERSON_USER_ID("user_id", "userid", "id", "distinct_id", "external_id"),
    SEGMENT("segment", "tier", "customer_segment"),
    PLAN("plan", "plan_name", "subscription"),
    ROLE("role", "job_role", "title"),
    EMAIL("email", "email_address", "$email"),
    CREATED_AT("created_at", "signup_date", "signed_up_at", "created"),
    TICKET_USER_ID("user_id", "requester_id", "contact_id", "external_id"),
    REQUESTER_EMAIL("requester_email", "email", "contact_email", "requester"),
    TICKET_CREATED_AT("created_at", "created_time", "created", "date_created"),
    TAGS("tags", "labels", "tag");

    private final List<String> names;

    ColumnNames(String... names) {
        this.names = List.of(names);
    }

    /** The header's column for this field: the first alias, in the aliases' order, that the header has. */
    Optional<String> in(String[] header) {
        for (String alias : names) {
            for (String column : header) {
                if (normal(column).equals(alias)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    List<String> aliases() {
        return names;
    }

    static String normal(String column) {
        return column.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
