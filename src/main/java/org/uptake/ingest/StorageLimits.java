package org.uptake.ingest;

import java.math.BigDecimal;
import java.util.Map;
import org.uptake.workspace.EmailAddress;

/**
 * The longest value each stored field holds (the workspace schema's column sizes), and the checks
 * that name the field when a row brings one too long, so the row is quarantined instead of the
 * database refusing the whole import.
 */
final class StorageLimits {

    static final int USER_ID = 200;
    static final int ACCOUNT_ID = 200;
    /** Segment, plan, role, tier, ticket status. */
    static final int LABEL = 100;
    static final int ACCOUNT_NAME = 500;
    static final int CSM_OWNER = 200;
    static final int TICKET_ID = 200;
    static final int SUBJECT = 2000;
    static final int TAGS = 2000;
    /** Ticket bodies are stored whole; past a million characters a "ticket" is a pasted log, not a message. */
    static final int BODY = 1_000_000;
    static final int CAMPAIGN_ID = 200;
    static final int CAMPAIGN_LABEL = 40;
    static final int CAMPAIGN_SUBJECT = 1000;
    /** DECIMAL(16, 2). */
    static final BigDecimal MAX_ARR = new BigDecimal("99999999999999.99");

    private StorageLimits() {
    }

    /** "subject longer than 2,000 characters", or null when the value fits. */
    static String tooLong(String field, String value, int max) {
        return value != null && value.length() > max ? String.format("%s longer than %,d characters", field, max) : null;
    }

    static String idProblem(String field, String value) {
        return tooLong(field, value, USER_ID);
    }

    /** Why a person's fields (canonical names, or trait names as exports spell them) cannot be stored, or null. */
    static String personProblem(Map<String, String> fields) {
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String value = f.getValue() == null || f.getValue().isBlank() ? null : f.getValue();
            if (value == null) {
                continue;
            }
            String problem = switch (ColumnNames.normalize(f.getKey())) {
                case "account_id" -> tooLong("account id", value, ACCOUNT_ID);
                case "segment", "plan", "role" -> tooLong(ColumnNames.normalize(f.getKey()), value, LABEL);
                case "email" -> emailProblem(value);
                case "arr_after" -> {
                    BigDecimal arr = TraitValues.decimal(value);
                    yield arr == null ? "arr_after is not a number" : arr.abs().compareTo(MAX_ARR) > 0 ? "arr_after larger than 99,999,999,999,999.99" : null;
                }
                case "churned_at", "arr_change_at" -> TraitValues.date(value) == null
                        ? f.getKey() + " '" + value + "' is not a date (YYYY-MM-DD)" : null;
                default -> null;
            };
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Why an account's fields cannot be stored, or null. */
    static String accountProblem(Map<String, String> fields) {
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String value = f.getValue() == null || f.getValue().isBlank() ? null : f.getValue();
            if (value == null) {
                continue;
            }
            String problem = switch (ColumnNames.normalize(f.getKey())) {
                case "name" -> tooLong("name", value, ACCOUNT_NAME);
                case "tier" -> tooLong("tier", value, LABEL);
                case "csm_owner" -> tooLong("csm owner", value, CSM_OWNER);
                case "arr" -> {
                    BigDecimal arr = TraitValues.decimal(value);
                    yield arr != null && arr.abs().compareTo(MAX_ARR) > 0 ? "arr larger than 99,999,999,999,999.99" : null;
                }
                default -> null;
            };
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** The email rule at import: it fits, and it is exactly one bare address. */
    static String emailProblem(String value) {
        String tooLong = tooLong("email", value, EmailAddress.MAX_LENGTH);
        if (tooLong != null) {
            return tooLong;
        }
        String problem = EmailAddress.problem(value);
        return problem == null ? null : "email: " + problem;
    }
}
