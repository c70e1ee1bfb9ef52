package org.uptake.ingest;

import it.unimi.dsi.fastutil.ints.IntSet;
import java.sql.Types;
import org.uptake.workspace.InterruptedImports;
import org.uptake.workspace.ProfileStore;
import org.uptake.workspace.Transaction;
import org.uptake.workspace.WorkspaceDataException;

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
 * The SQL of the people tables as an import writes them ({@code person}, {@code person_alias},
 * {@code account}), inside the import's transaction; only imports write them, so the SQL is ingest's
 * own. It also reads what the workspace already holds for the people and accounts an import is
 * about to write: identify and group calls repeat the same traits session after session, and an
 * update that changes nothing costs as much as one that does. Few are looked up; many are found in one pass.
 */
final class PeopleStore {

    /** Ids per lookup query. */
    private static final int LOOKUP = 500;
    /** Above this many, one pass over the table beats hundreds of lookups of {@value #LOOKUP}. */
    private static final int WHOLE_TABLE = 50_000;
    private static final String PERSON_COLUMNS = "SELECT user_id, account_id, segment, plan, role, email, created_at, opted_out,"
            + " anonymous FROM person";

    /** A person an import creates: an identified user (with the traits the file gave, or null) or an anonymous placeholder. */
    record NewPerson(int id, String userId, boolean anonymous, PersonTraits traits) {
    }

    /** An account's traits from a file (null: not given, the stored value stays). */
    record AccountTraits(String accountId, String name, String tier, java.math.BigDecimal arr, String csmOwner,
            java.time.LocalDate churnedAt, java.time.LocalDate arrChangeAt, java.math.BigDecimal arrAfter) {
    }

    /** A person's traits from a file (null: not given, the stored value stays); a person with traits is no longer anonymous. */
    record PersonTraits(String userId, String accountId, String segment, String plan, String role, String email,
            OffsetDateTime createdAt, Boolean optedOut) {
    }

    private final Connection connection;
    private final long batchId;

    PeopleStore(Transaction transaction, long batchId) {
        this.connection = transaction.connection();
        this.batchId = batchId;
    }

    /** Inserts new people, those with traits whole (one write each, not an insert and then an update). */
    void insertPeople(List<NewPerson> people) {
        try (PreparedStatement bare = connection.prepareStatement("INSERT INTO person (id, user_id, anonymous, batch_id) VALUES (?, ?, ?, ?)");
             PreparedStatement whole = connection.prepareStatement("INSERT INTO person (id, user_id, account_id, segment, plan, role, email,"
                     + " created_at, opted_out, anonymous, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)")) {
            int pending = 0;
            for (NewPerson p : people) {
                if (p.traits() == null) {
                    bare.setInt(1, p.id());
                    bare.setString(2, p.userId());
                    bare.setBoolean(3, p.anonymous());
                    bare.setLong(4, batchId);
                    bare.addBatch();
                } else {
                    PersonTraits t = p.traits();
                    whole.setInt(1, p.id());
                    whole.setString(2, p.userId());
                    whole.setString(3, t.accountId());
                    whole.setString(4, t.segment());
                    whole.setString(5, t.plan());
                    whole.setString(6, t.role());
                    whole.setString(7, t.email());
                    whole.setObject(8, t.createdAt());
                    whole.setBoolean(9, Boolean.TRUE.equals(t.optedOut()));
                    whole.setLong(10, batchId);
                    whole.addBatch();
                }
                if (++pending % 10_000 == 0) {
                    bare.executeBatch();
                    whole.executeBatch();
                }
            }
            bare.executeBatch();
            whole.executeBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Sets the index of people by account aside before a bulk insert into an empty person table: H2
     * builds it from a million rows in a fraction of what inserting a million random keys one by one
     * costs. H2 commits the transaction around any change of schema, so only rows that the import's
     * batch id takes back may be written before {@link #restoreAccountIndex}.
     */
    void setAccountIndexAside() {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP INDEX IF EXISTS person_account");
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Builds the index of people by account again, from the rows written since it was set aside (commits, as above). */
    void restoreAccountIndex() {
        try (Statement s = connection.createStatement()) {
            s.execute(InterruptedImports.PERSON_ACCOUNT_INDEX);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Points anonymous ids at their people. */
    void linkAliases(Map<String, Integer> personByAnonymousId) {
        try (PreparedStatement s = connection.prepareStatement(
                "MERGE INTO person_alias (anonymous_id, person_id) KEY (anonymous_id) VALUES (?, ?)")) {
            for (Map.Entry<String, Integer> a : personByAnonymousId.entrySet()) {
                s.setString(1, a.getKey());
                s.setInt(2, a.getValue());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Creates or updates accounts with the traits given, stamped with this import. */
    void writeAccounts(List<AccountTraits> accounts) {
        try (PreparedStatement insert = connection.prepareStatement(
                "MERGE INTO account (account_id) KEY (account_id) VALUES (?)");
             PreparedStatement update = connection.prepareStatement("UPDATE account SET name = COALESCE(?, name),"
                     + " tier = COALESCE(?, tier), arr = COALESCE(?, arr), csm_owner = COALESCE(?, csm_owner),"
                     + " churned_at = COALESCE(?, churned_at), arr_change_at = COALESCE(?, arr_change_at), arr_after = COALESCE(?, arr_after),"
                     + " batch_id = ? WHERE account_id = ?")) {
            for (AccountTraits a : accounts) {
                insert.setString(1, a.accountId());
                insert.addBatch();
                update.setString(1, a.name());
                update.setString(2, a.tier());
                update.setBigDecimal(3, a.arr());
                update.setString(4, a.csmOwner());
                update.setObject(5, a.churnedAt());
                update.setObject(6, a.arrChangeAt());
                update.setBigDecimal(7, a.arrAfter());
                update.setLong(8, batchId);
                update.setString(9, a.accountId());
                update.addBatch();
            }
            insert.executeBatch();
            update.executeBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Updates people's traits, 10,000 per batch. */
    void writePeople(List<PersonTraits> people) {
        try (PreparedStatement update = connection.prepareStatement("UPDATE person SET account_id = COALESCE(?, account_id),"
                + " segment = COALESCE(?, segment), plan = COALESCE(?, plan), role = COALESCE(?, role),"
                + " email = COALESCE(?, email), created_at = COALESCE(?, created_at), opted_out = COALESCE(?, opted_out),"
                + " anonymous = FALSE WHERE user_id = ?")) {
            int written = 0;
            for (PersonTraits p : people) {
                update.setString(1, p.accountId());
                update.setString(2, p.segment());
                update.setString(3, p.plan());
                update.setString(4, p.role());
                update.setString(5, p.email());
                update.setObject(6, p.createdAt());
                if (p.optedOut() == null) {
                    update.setNull(7, Types.BOOLEAN);
                } else {
                    update.setBoolean(7, p.optedOut());
                }
                update.setString(8, p.userId());
                update.addBatch();
                if (++written % 10_000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Refreshes the profile blocks of these people from their rows. */
    void refreshProfiles(IntSet people) {
        try {
            ProfileStore.refresh(connection, people);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Each person's id and user id, each anonymous id's person, and the highest id a merged placeholder had (0: none). */
    static int readIdentities(Transaction tx, java.util.function.ObjIntConsumer<String> personByUserId,
            java.util.function.ObjIntConsumer<String> personByAnonymousId) {
        Connection c = tx.connection();
        try {
            if (!identitiesFromProfiles(c, personByUserId)) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, user_id FROM person")) {
                    while (rs.next()) {
                        personByUserId.accept(rs.getString(2), rs.getInt(1));
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT anonymous_id, person_id FROM person_alias")) {
                while (rs.next()) {
                    personByAnonymousId.accept(rs.getString(1), rs.getInt(2));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(anonymous_person) FROM person_merge")) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read what the workspace holds", e);
        }
    }

    /**
     * Every person's user id from the profile blocks, which hold the person table's identity columns a thousand people
     * to a row: at a million people reading the table's rows took 4.6-6 s of every import, the blocks well under one.
     * Only when the blocks hold as many people as the table, up to the same highest id; else nothing is given and false
     * returned, and the caller reads the table (a person created twice would be the cost of trusting stale blocks).
     */
    static boolean identitiesFromProfiles(Connection c, java.util.function.ObjIntConsumer<String> personByUserId)
            throws SQLException {
        long rows;
        int maxId;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM person")) {
            rs.next();
            rows = rs.getLong(1);
            maxId = rs.getInt(2);
        }
        it.unimi.dsi.fastutil.objects.ObjectArrayList<String> userIds = new it.unimi.dsi.fastutil.objects.ObjectArrayList<>();
        it.unimi.dsi.fastutil.ints.IntArrayList ids = new it.unimi.dsi.fastutil.ints.IntArrayList();
        org.uptake.workspace.ProfileStore.scan(c, block -> {
            for (int p = block.firstPerson(), end = p + org.uptake.workspace.ProfileStore.PEOPLE_PER_BLOCK; p < end; p++) {
                if (block.has(p)) {
                    userIds.add(block.userId(p));
                    ids.add(p);
                }
            }
        });
        int highest = ids.isEmpty() ? 0 : ids.getInt(ids.size() - 1);
        if (ids.size() != rows || highest != maxId || userIds.contains(null)) {
            return false;
        }
        for (int i = 0; i < ids.size(); i++) {
            personByUserId.accept(userIds.get(i), ids.getInt(i));
        }
        return true;
    }

    /** Each person's id by lower-cased email, to find a ticket's requester when it names no user id. */
    static Map<String, Integer> idsByEmail(Transaction tx) {
        Map<String, Integer> byEmail = new HashMap<>();
        try (Statement s = tx.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT LOWER(email), id FROM person WHERE email IS NOT NULL")) {
            while (rs.next()) {
                byEmail.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return byEmail;
    }

    private static WorkspaceDataException failed(SQLException e) {
        return new WorkspaceDataException("The workspace could not be written", e);
    }

    /** user id → {account, segment, plan, role, email, created (Instant), opted out, anonymous}. */
    Map<String, Object[]> storedPeople(Set<String> userIds) {
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
            } catch (SQLException e) {
                throw failed(e);
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
        } catch (SQLException e) {
            throw failed(e);
        }
        return stored;
    }

    private static void putPerson(Map<String, Object[]> stored, ResultSet rs) throws SQLException {
        OffsetDateTime created = rs.getObject(7, OffsetDateTime.class);
        stored.put(rs.getString(1), new Object[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), created == null ? null : created.toInstant(), rs.getObject(8), rs.getBoolean(9)});
    }

    /** account id → {name, tier, ARR (BigDecimal), CSM owner, churned at, ARR change at (ISO dates as text), ARR after}, for many accounts (one pass over a table of thousands). */
    Map<String, Object[]> storedAccounts(Set<String> accountIds) {
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
        } catch (SQLException e) {
            throw failed(e);
        }
        return stored;
    }
}
