package org.uptake.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the workspace already holds for the people and accounts an import is about to write:
 * identify and group calls repeat the same traits session after session, and an update that
 * changes nothing costs as much as one that does. Few are looked up; many are found in one pass.
 */
final class StoredTraits {

    /** Ids per lookup query. */
    private static final int LOOKUP = 500;
    /** Above this many, one pass over the table beats hundreds of lookups of {@value #LOOKUP}. */
    private static final int WHOLE_TABLE = 50_000;
    private static final String PERSON_COLUMNS = "SELECT user_id, account_id, segment, plan, role, email, created_at, opted_out,"
            + " anonymous FROM person";

    private StoredTraits() {
    }

    /** user id → {account, segment, plan, role, email, created (Instant), opted out, anonymous}. */
    static Map<String, Object[]> people(Connection connection, Set<String> userIds) throws SQLException {
        // Looked up even for a handful: a re-import must tell updated from unchanged rows.
        Map<String, Object[]> stored = new HashMap<>();
        if (userIds.isEmpty()) {
            return stored;
        }
        if (userIds.size() > WHOLE_TABLE) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(PERSON_COLUMNS)) {
                while (rs.next()) {
                    if (userIds.contains(rs.getString(1))) {
                        putPerson(stored, rs);
                    }
                }
            }
            return stored;
        }
        StringBuilder sql = new StringBuilder(PERSON_COLUMNS + " WHERE user_id IN (");
        for (int i = 0; i < LOOKUP; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        List<String> ids = new ArrayList<>(userIds);
        try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
            for (int from = 0; from < ids.size(); from += LOOKUP) {
                for (int i = 0; i < LOOKUP; i++) {
                    s.setString(i + 1, ids.get(Math.min(ids.size() - 1, from + i)));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        putPerson(stored, rs);
                    }
                }
            }
        }
        return stored;
    }

    private static void putPerson(Map<String, Object[]> stored, ResultSet rs) throws SQLException {
        OffsetDateTime created = rs.getObject(7, OffsetDateTime.class);
        stored.put(rs.getString(1), new Object[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), created == null ? null : created.toInstant(), rs.getObject(8), rs.getBoolean(9)});
    }

    /** account id → {name, tier, ARR (BigDecimal), CSM owner, churned at, ARR change at (ISO dates), ARR after (BigDecimal)}, for many accounts (one pass over a table of thousands). */
    static Map<String, Object[]> accounts(Connection connection, Set<String> accountIds) throws SQLException {
        Map<String, Object[]> stored = new HashMap<>();
        if (accountIds.isEmpty()) {
            return stored;
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT account_id, name, tier, arr, csm_owner, churned_at, arr_change_at, arr_after FROM account")) {
            while (rs.next()) {
                if (accountIds.contains(rs.getString(1))) {
                    stored.put(rs.getString(1), new Object[] {rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getBigDecimal(8)});
                }
            }
        }
        return stored;
    }
}
