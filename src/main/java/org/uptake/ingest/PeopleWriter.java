package org.uptake.ingest;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People and accounts as an import meets them: new user ids become people, anonymous ids become
 * placeholders until an identify call links them (then their events move to the person), and
 * traits from people files or identify/group calls update what is known. Written at the end of
 * the import, inside its transaction.
 */
final class PeopleWriter {

    static final List<String> PERSON_FIELDS = List.of("account_id", "segment", "plan", "role", "email", "created_at", "opted_out");
    static final List<String> ACCOUNT_FIELDS = List.of("name", "tier", "arr", "csm_owner");

    private final Connection connection;
    private final WorkspaceIndex index;
    private final long batchId;
    private final List<Object[]> newPeople = new ArrayList<>();
    private final Map<String, Integer> newAliases = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> personTraits = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> accountTraits = new LinkedHashMap<>();
    final Int2IntOpenHashMap merges = new Int2IntOpenHashMap();
    /** Placeholders made in this import: their events can be held back and re-pointed before they are written. */
    private final it.unimi.dsi.fastutil.ints.IntOpenHashSet newPlaceholders = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
    int peopleUpdated;
    int accountsUpdated;

    PeopleWriter(Connection connection, WorkspaceIndex index, long batchId) {
        this.connection = connection;
        this.index = index;
        this.batchId = batchId;
    }

    int personFor(String userId, String anonymousId) {
        if (userId != null) {
            int id = index.people.getInt(userId);
            if (id == 0) {
                id = create(userId, false);
            }
            if (anonymousId != null && !anonymousId.equals(userId)) {
                link(anonymousId, id);
            }
            return id;
        }
        int linked = index.aliases.getInt(anonymousId);
        if (linked != 0) {
            return resolve(linked);
        }
        int placeholder = index.people.getInt(anonymousId);
        if (placeholder == 0) {
            placeholder = create(anonymousId, true);
            index.aliases.put(anonymousId, placeholder);
            newAliases.put(anonymousId, placeholder);
        }
        return resolve(placeholder);
    }

    /** An identify call: the person's traits, and the link from the anonymous id that preceded sign-in. */
    void identify(String userId, String anonymousId, Map<String, String> traits) {
        personFor(userId, anonymousId);
        Map<String, String> fields = new LinkedHashMap<>();
        traits.forEach((k, v) -> {
            String key = ColumnNames.normalize(k);
            if (PERSON_FIELDS.contains(key)) {
                fields.put(key, v);
            }
        });
        if (!fields.isEmpty()) {
            personTraits.computeIfAbsent(userId, u -> new LinkedHashMap<>()).putAll(fields);
        }
    }

    /** A group call: the person's account, and the account's traits. */
    void group(String userId, String accountId, Map<String, String> traits) {
        personFor(userId, null);
        personTraits.computeIfAbsent(userId, u -> new LinkedHashMap<>()).put("account_id", accountId);
        Map<String, String> fields = accountTraits.computeIfAbsent(accountId, a -> new LinkedHashMap<>());
        traits.forEach((k, v) -> {
            String key = ColumnNames.normalize(k);
            if (ACCOUNT_FIELDS.contains(key)) {
                fields.put(key, v);
            }
        });
    }

    /** A row of a people file. */
    void person(String userId, Map<String, String> fields) {
        personFor(userId, null);
        personTraits.computeIfAbsent(userId, u -> new LinkedHashMap<>()).putAll(fields);
    }

    /** A row of an accounts file. */
    void account(String accountId, Map<String, String> fields) {
        accountTraits.computeIfAbsent(accountId, a -> new LinkedHashMap<>()).putAll(fields);
    }

    private void link(String anonymousId, int personId) {
        int existing = index.aliases.getInt(anonymousId);
        if (existing == personId) {
            return;
        }
        index.aliases.put(anonymousId, personId);
        newAliases.put(anonymousId, personId);
        if (existing != 0) {
            merge(existing, personId);
        }
        int placeholder = index.people.getInt(anonymousId);
        if (placeholder != 0 && placeholder != personId) {
            merge(placeholder, personId);
            index.people.removeInt(anonymousId);
        }
    }

    private void merge(int from, int to) {
        int target = resolve(to);
        if (from != target) {
            merges.put(from, target);
        }
    }

    int resolve(int person) {
        int current = person;
        while (merges.containsKey(current)) {
            current = merges.get(current);
        }
        return current;
    }

    private int create(String userId, boolean anonymous) {
        int id = index.nextPersonId++;
        index.people.put(userId, id);
        newPeople.add(new Object[] {id, userId, anonymous});
        if (anonymous) {
            newPlaceholders.add(id);
        }
        return id;
    }

    boolean isNewPlaceholder(int person) {
        return newPlaceholders.contains(person);
    }

    int newPeople() {
        return (int) newPeople.stream().filter(p -> !(Boolean) p[2]).count();
    }

    /** Writes new people, links, merges and traits. */
    void flush() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO person (id, user_id, anonymous, batch_id) VALUES (?, ?, ?, ?)")) {
            for (Object[] p : newPeople) {
                if (merges.containsKey((int) (Integer) p[0])) {
                    // A placeholder of this import merged into a person: it never needs a row.
                    continue;
                }
                s.setInt(1, (Integer) p[0]);
                s.setString(2, (String) p[1]);
                s.setBoolean(3, (Boolean) p[2]);
                s.setLong(4, batchId);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = connection.prepareStatement(
                "MERGE INTO person_alias (anonymous_id, person_id) KEY (anonymous_id) VALUES (?, ?)")) {
            for (Map.Entry<String, Integer> a : newAliases.entrySet()) {
                s.setString(1, a.getKey());
                s.setInt(2, resolve(a.getValue()));
                s.addBatch();
            }
            s.executeBatch();
        }
        Int2IntOpenHashMap earlier = new Int2IntOpenHashMap();
        mergedPairs().int2IntEntrySet().forEach(e -> {
            if (!newPlaceholders.contains(e.getIntKey())) {
                earlier.put(e.getIntKey(), e.getIntValue());
            }
        });
        if (!earlier.isEmpty()) {
            // Placeholders from earlier imports already have rows everywhere: move them in the database.
            RollupQueries.movePeople(connection, earlier);
        }
        writeAccounts();
        writePeople();
    }

    Int2IntOpenHashMap mergedPairs() {
        Int2IntOpenHashMap resolved = new Int2IntOpenHashMap();
        merges.keySet().forEach(from -> resolved.put(from, resolve(from)));
        return resolved;
    }

    private void writeAccounts() throws SQLException {
        if (accountTraits.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "MERGE INTO account (account_id) KEY (account_id) VALUES (?)");
             PreparedStatement update = connection.prepareStatement("UPDATE account SET name = COALESCE(?, name),"
                     + " tier = COALESCE(?, tier), arr = COALESCE(?, arr), csm_owner = COALESCE(?, csm_owner),"
                     + " batch_id = ? WHERE account_id = ?")) {
            for (Map.Entry<String, Map<String, String>> a : accountTraits.entrySet()) {
                insert.setString(1, a.getKey());
                insert.addBatch();
                Map<String, String> f = a.getValue();
                update.setString(1, blankToNull(f.get("name")));
                update.setString(2, blankToNull(f.get("tier")));
                update.setBigDecimal(3, decimal(f.get("arr")));
                update.setString(4, blankToNull(f.get("csm_owner")));
                update.setLong(5, batchId);
                update.setString(6, a.getKey());
                update.addBatch();
            }
            insert.executeBatch();
            update.executeBatch();
        }
        accountsUpdated = accountTraits.size();
    }

    private void writePeople() throws SQLException {
        if (personTraits.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE person SET account_id = COALESCE(?, account_id),"
                + " segment = COALESCE(?, segment), plan = COALESCE(?, plan), role = COALESCE(?, role),"
                + " email = COALESCE(?, email), created_at = COALESCE(?, created_at), opted_out = COALESCE(?, opted_out),"
                + " anonymous = FALSE WHERE user_id = ?")) {
            for (Map.Entry<String, Map<String, String>> p : personTraits.entrySet()) {
                Map<String, String> f = p.getValue();
                update.setString(1, blankToNull(f.get("account_id")));
                update.setString(2, blankToNull(f.get("segment")));
                update.setString(3, blankToNull(f.get("plan")));
                update.setString(4, blankToNull(f.get("role")));
                update.setString(5, blankToNull(f.get("email")));
                update.setObject(6, instant(f.get("created_at")));
                Boolean optedOut = bool(f.get("opted_out"));
                if (optedOut == null) {
                    update.setNull(7, java.sql.Types.BOOLEAN);
                } else {
                    update.setBoolean(7, optedOut);
                }
                update.setString(8, p.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        peopleUpdated = personTraits.size();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static java.math.BigDecimal decimal(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.replace(",", "").replace("$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static OffsetDateTime instant(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            TimestampFormat format = Timestamps.detect(List.of(v));
            if (format == TimestampFormat.AMBIGUOUS_DAY_MONTH) {
                return null;
            }
            long ms = new Timestamps(format, ZoneOffset.UTC).parse(v);
            return Instant.ofEpochMilli(ms).atOffset(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Boolean bool(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

}
