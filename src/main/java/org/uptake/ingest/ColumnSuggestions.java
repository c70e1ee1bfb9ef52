package org.uptake.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Suggests which column feeds each field, first from the names exports use, then from looser names
 * (ServiceNow's {@code number} and {@code opened_at}, a clickstream's {@code visitor_id}), then from the
 * values (a column of emails, a column of timestamps); and says from that how sure it is of the kind.
 */
public final class ColumnSuggestions {

    /** Names beyond {@link Field}'s synonyms, normalised; looser, so a kind found through them is only "likely". */
    private static final Map<Field, List<String>> LOOSE_NAMES = looseNames();
    /** Kinds tried when the header's own names do not settle it, in the order a tie goes. */
    private static final List<SourceKind> TABULAR = List.of(SourceKind.TICKETS, SourceKind.EVENTS, SourceKind.PEOPLE,
            SourceKind.ACCOUNTS);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
    private static final Pattern SLASHED_DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}( .*)?");
    /** Epoch seconds or milliseconds between 2000 and 2100: a bare year or a count is not a timestamp. */
    private static final long EPOCH_2000 = 946_684_800L;
    private static final long EPOCH_2100 = 4_102_444_800L;
    /** Share of a column's non-blank preview values that must look alike for the column to be suggested by them. */
    private static final double MOST = 0.8;

    private ColumnSuggestions() {
    }

    /** Each field of the kind takes the first column named like it, then a loosely named one, then one whose values fit. */
    public static ColumnMapping suggest(SourceKind kind, List<String> header, List<List<String>> rows) {
        Map<String, String> columns = new LinkedHashMap<>(ColumnMapping.suggest(kind, header).columns());
        Set<String> taken = new HashSet<>(columns.values());
        for (Field field : Field.of(kind)) {
            if (columns.containsKey(field.canonicalName())) {
                continue;
            }
            String match = byLooseName(field, header, taken);
            if (match == null) {
                match = byValues(field, header, rows, taken);
            }
            if (match != null) {
                columns.put(field.canonicalName(), match);
                taken.add(match);
            }
        }
        return new ColumnMapping(columns, null, null);
    }

    /**
     * What a delimited file holds and how sure that is: the guess from the names is recognised when its
     * required fields all come from names exports use; otherwise the kind whose required fields the
     * looser suggestions fill (the most fields mapped wins) is likely; otherwise the file is not recognised.
     */
    public static Recognition recognise(List<String> header, List<List<String>> rows, SourceKind guess) {
        if (complete(guess, ColumnMapping.suggest(guess, header))) {
            return new Recognition(guess, Recognition.Level.RECOGNISED);
        }
        SourceKind best = null;
        int bestFields = 0;
        for (SourceKind kind : TABULAR) {
            ColumnMapping mapping = suggest(kind, header, rows);
            if (complete(kind, mapping) && mapping.columns().size() > bestFields) {
                best = kind;
                bestFields = mapping.columns().size();
            }
        }
        return best == null ? new Recognition(guess, Recognition.Level.NOT_RECOGNISED)
                : new Recognition(best, Recognition.Level.LIKELY);
    }

    static boolean complete(SourceKind kind, ColumnMapping mapping) {
        if (!mapping.missingRequired(kind).isEmpty()) {
            return false;
        }
        return kind != SourceKind.EVENTS || mapping.column(Field.USER_ID) != null || mapping.column(Field.ANONYMOUS_ID) != null;
    }

    private static String byLooseName(Field field, List<String> header, Set<String> taken) {
        List<String> names = LOOSE_NAMES.getOrDefault(field, List.of());
        for (String name : names) {
            for (String column : header) {
                if (!taken.contains(column) && ColumnNames.normalize(column).equals(name)) {
                    return column;
                }
            }
        }
        return null;
    }

    private static String byValues(Field field, List<String> header, List<List<String>> rows, Set<String> taken) {
        Predicate<String> fits = switch (field) {
            case EMAIL, REQUESTER_EMAIL, USER_ID -> v -> EMAIL.matcher(v).matches();
            case TIMESTAMP, TICKET_CREATED_AT -> ColumnSuggestions::looksLikeTimestamp;
            default -> null;
        };
        if (fits == null) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!taken.contains(column) && mostlyFit(rows, i, fits)) {
                candidates.add(column);
            }
        }
        // Of several timestamp columns, a ticket's creation is the one named for opening or creating.
        candidates.sort(Comparator.comparing(c -> namedLikeCreation(c) ? 0 : 1));
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private static boolean namedLikeCreation(String column) {
        String name = ColumnNames.normalize(column);
        return name.contains("creat") || name.contains("open") || name.contains("start") || name.contains("submit");
    }

    private static boolean mostlyFit(List<List<String>> rows, int index, Predicate<String> fits) {
        int seen = 0;
        int fit = 0;
        for (List<String> row : rows) {
            String value = index < row.size() && row.get(index) != null ? row.get(index).strip() : "";
            if (value.isEmpty()) {
                continue;
            }
            seen++;
            if (fits.test(value)) {
                fit++;
            }
        }
        return seen > 0 && fit >= MOST * seen;
    }

    static boolean looksLikeTimestamp(String value) {
        if (ISO_DATE.matcher(value).matches() || SLASHED_DATE.matcher(value).matches()) {
            return true;
        }
        if (value.length() != 10 && value.length() != 13 || !value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        long seconds = value.length() == 13 ? Long.parseLong(value) / 1000 : Long.parseLong(value);
        return seconds >= EPOCH_2000 && seconds < EPOCH_2100;
    }

    private static Map<Field, List<String>> looseNames() {
        Map<Field, List<String>> names = new LinkedHashMap<>();
        // Events: clickstream and analytics exports.
        names.put(Field.USER_ID, List.of("visitor_id", "visitor", "member_id", "uid", "user_email", "login", "username"));
        names.put(Field.ANONYMOUS_ID, List.of("cookie_id", "client_id", "visitor_cookie", "browser_id"));
        names.put(Field.EVENT, List.of("event_action", "event_label", "page", "page_name", "page_url", "url", "screen",
                "screen_name", "activity", "interaction"));
        names.put(Field.TIMESTAMP, List.of("clicked_at", "event_timestamp", "received_at", "server_time", "client_time",
                "created_at", "sent_at", "occurred", "logged_at"));
        names.put(Field.SESSION_ID, List.of("session_key", "visit_id", "visit"));
        names.put(Field.TARGET, List.of("element_text", "button", "clicked_element", "target_id"));
        // Tickets: ServiceNow, Jira Service Management, Salesforce cases.
        names.put(Field.TICKET_ID, List.of("number", "ticket", "ticket_number", "incident", "incident_id", "incident_number",
                "case_id", "case_number", "case", "sr_number", "issue_id", "issue_key", "key"));
        names.put(Field.TICKET_CREATED_AT, List.of("opened_at", "opened", "sys_created_at", "submitted_at", "reported_at",
                "created_date", "creation_date", "created_on", "date_opened"));
        names.put(Field.TICKET_UPDATED_AT, List.of("sys_updated_at", "last_modified", "modified_at", "updated_on"));
        names.put(Field.TICKET_USER_ID, List.of("caller_id", "caller", "reporter", "reporter_id", "customer_id", "customer",
                "requested_by"));
        names.put(Field.REQUESTER_EMAIL, List.of("caller_email", "reporter_email", "requester_email_address"));
        names.put(Field.SUBJECT, List.of("short_description", "issue_summary", "topic"));
        names.put(Field.BODY, List.of("long_description", "details", "comments", "text"));
        names.put(Field.STATUS, List.of("incident_state", "ticket_status", "stage"));
        names.put(Field.TAGS, List.of("category", "categories"));
        // People and accounts from CRMs.
        names.put(Field.PERSON_USER_ID, List.of("user", "member_id", "customer_id", "contact_id", "uid", "visitor_id"));
        names.put(Field.PERSON_ACCOUNT_ID, List.of("account", "organization_id", "organisation_id", "tenant_id"));
        names.put(Field.ACCOUNT_ID, List.of("account", "organization_id", "organisation_id", "org_id", "tenant_id"));
        names.put(Field.ACCOUNT_NAME, List.of("organization", "organisation", "org_name", "organization_name"));
        return Map.copyOf(names);
    }
}
