package org.uptake.ingest;

import java.util.Arrays;
import java.util.List;

/** A canonical field of an input kind (DESIGN §4) and the column names exports use for it. */
public enum Field {
    EVENT_ID(SourceKind.EVENTS, "event_id", false, "event_id", "id", "message_id", "messageid", "$insert_id", "insert_id", "uuid"),
    USER_ID(SourceKind.EVENTS, "user_id", false, "user_id", "userid", "distinct_id", "person_id", "customer_id", "user"),
    ANONYMOUS_ID(SourceKind.EVENTS, "anonymous_id", false, "anonymous_id", "anonymousid", "device_id", "anon_id"),
    TIMESTAMP(SourceKind.EVENTS, "timestamp", true, "timestamp", "time", "ts", "event_time", "occurred_at", "datetime", "date"),
    EVENT(SourceKind.EVENTS, "event", true, "event", "event_name", "event_type", "action", "name"),
    PLATFORM(SourceKind.EVENTS, "platform", false, "platform", "os", "device_type", "$os", "os_name"),
    SESSION_ID(SourceKind.EVENTS, "session_id", false, "session_id", "session", "sessionid", "$session_id"),
    TARGET(SourceKind.EVENTS, "target", false, "target", "element", "element_id", "selector", "$el_text"),
    PROPERTIES(SourceKind.EVENTS, "properties", false, "properties", "props", "event_properties", "attributes"),

    PERSON_USER_ID(SourceKind.PEOPLE, "user_id", true, "user_id", "userid", "id", "distinct_id", "external_id"),
    PERSON_ACCOUNT_ID(SourceKind.PEOPLE, "account_id", false, "account_id", "company_id", "group_id", "org_id"),
    SEGMENT(SourceKind.PEOPLE, "segment", false, "segment", "tier", "customer_segment"),
    PLAN(SourceKind.PEOPLE, "plan", false, "plan", "plan_name", "subscription"),
    ROLE(SourceKind.PEOPLE, "role", false, "role", "job_role", "title"),
    EMAIL(SourceKind.PEOPLE, "email", false, "email", "email_address", "$email"),
    CREATED_AT(SourceKind.PEOPLE, "created_at", false, "created_at", "signup_date", "signed_up_at", "created"),
    OPTED_OUT(SourceKind.PEOPLE, "opted_out", false, "opted_out", "unsubscribed", "opt_out", "do_not_contact"),

    ACCOUNT_ID(SourceKind.ACCOUNTS, "account_id", true, "account_id", "id", "company_id", "group_id"),
    ACCOUNT_NAME(SourceKind.ACCOUNTS, "name", false, "name", "account_name", "company", "company_name"),
    TIER(SourceKind.ACCOUNTS, "tier", false, "tier", "segment", "plan"),
    ARR(SourceKind.ACCOUNTS, "arr", false, "arr", "annual_revenue", "mrr_x12", "revenue"),
    CSM_OWNER(SourceKind.ACCOUNTS, "csm_owner", false, "csm_owner", "csm", "owner", "account_owner"),
    CHURNED_AT(SourceKind.ACCOUNTS, "churned_at", false, "churned_at", "churn_date", "cancelled_at"),
    ARR_CHANGE_AT(SourceKind.ACCOUNTS, "arr_change_at", false, "arr_change_at", "downgraded_at", "arr_changed_at"),
    ARR_AFTER(SourceKind.ACCOUNTS, "arr_after", false, "arr_after", "new_arr", "arr_new"),

    TICKET_ID(SourceKind.TICKETS, "ticket_id", true, "ticket_id", "id"),
    TICKET_USER_ID(SourceKind.TICKETS, "user_id", false, "user_id", "requester_id", "contact_id", "external_id"),
    REQUESTER_EMAIL(SourceKind.TICKETS, "requester_email", false, "requester_email", "email", "contact_email", "requester"),
    TICKET_CREATED_AT(SourceKind.TICKETS, "created_at", true, "created_at", "created_time", "created", "date_created"),
    TICKET_UPDATED_AT(SourceKind.TICKETS, "updated_at", false, "updated_at", "updated_time", "updated", "last_updated"),
    SUBJECT(SourceKind.TICKETS, "subject", false, "subject", "title", "summary"),
    BODY(SourceKind.TICKETS, "body", false, "body", "description", "description_text", "comment"),
    TAGS(SourceKind.TICKETS, "tags", false, "tags", "labels", "tag"),
    STATUS(SourceKind.TICKETS, "status", false, "status", "state");

    private final SourceKind kind;
    private final String canonicalName;
    private final boolean required;
    private final List<String> synonyms;

    Field(SourceKind kind, String canonicalName, boolean required, String... synonyms) {
        this.kind = kind;
        this.canonicalName = canonicalName;
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    public SourceKind kind() {
        return kind;
    }

    public String canonicalName() {
        return canonicalName;
    }

    public boolean required() {
        return required;
    }

    List<String> synonyms() {
        return synonyms;
    }

    public static List<Field> of(SourceKind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }

    public static Field named(SourceKind kind, String canonicalName) {
        return of(kind).stream().filter(f -> f.canonicalName.equals(canonicalName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No field '" + canonicalName + "' for " + kind.label()));
    }
}
