package org.uptake.workspace;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The owner of the {@code account} table's reads, and the one read the account analysis makes of
 * everything else it needs: each account's people with their activity, feature use, tickets and
 * campaign contacts. One pass per table, so the whole book of business costs a few scans.
 */
public final class AccountStore {

    private static final String ACCOUNTS = "SELECT account_id, name, tier, arr, csm_owner, churned_at, arr_change_at, arr_after"
            + " FROM account ORDER BY account_id";
    private static final String ONE_ACCOUNT = "SELECT account_id, name, tier, arr, csm_owner, churned_at, arr_change_at, arr_after"
            + " FROM account WHERE account_id = ?";
    private static final String ANY_OUTCOME = "SELECT 1 FROM account WHERE churned_at IS NOT NULL OR arr_change_at IS NOT NULL"
            + " FETCH FIRST ROW ONLY";
    private static final String LAST_TS = "SELECT MAX(last_ts) FROM import_batch WHERE status = 'imported'";
    private static final String USES = "SELECT person_id, feature_key, first_adoption, last_use FROM person_feature";
    private static final String TICKETS = "SELECT person_id, created_at, subject FROM ticket WHERE person_id IS NOT NULL";
    private static final String CONTACTS = "SELECT person_id, campaign_id, channel, sent_at FROM campaign_contact"
            + " WHERE group_name = 'treatment'";
    private static final String USES_OF = USES + " WHERE person_id = ANY(?)";
    private static final String TICKETS_OF = TICKETS + " AND person_id = ANY(?)";
    private static final String CONTACTS_OF = CONTACTS + " AND person_id = ANY(?)";
    private static final String PEOPLE_OF = "SELECT id, user_id, segment, role, email FROM person WHERE account_id = ? ORDER BY user_id";

    /** An account as accounts.csv (or Segment group calls) described it, with its outcomes when the file gave them. */
    public record StoredAccount(String id, String name, String tier, double arr, String owner, Optional<LocalDate> churnedAt,
            Optional<LocalDate> arrChangeAt, Optional<Double> arrAfter) {
    }

    /** One person of an account, with their activity over every import (empty when they never had an event). */
    public record Member(int personId, String userId, String accountId, String segment, String role, String email,
            Optional<PersonActivity> activity) {
    }

    /** One person's use of one feature: first adoption and last use, as epoch days (-1: never). */
    public record FeatureUse(int personId, String featureKey, long firstAdoptionDay, long lastUseDay) {
    }

    /** A support ticket a person filed. */
    public record PersonTicket(int personId, LocalDate day, String subject) {
    }

    /** A campaign message a person received (treatment group only: the control got nothing). */
    public record Contact(int personId, String campaignId, String channel, Instant sentAt) {
    }

    /** What one read found: the data's last day and everything about the accounts' people. */
    public record AccountData(Optional<LocalDate> lastDay, List<StoredAccount> accounts, List<Member> members, List<FeatureUse> uses,
            List<PersonTicket> tickets, List<Contact> contacts) {
    }

    private static final String ADOPTIONS = "SELECT person_id, feature_key FROM person_feature"
            + " WHERE first_adoption IS NOT NULL";

    /** A segment's people and its adopters per feature: what one account is compared with. */
    public record SegmentCounts(int people, Map<String, Integer> adopters) {
    }

    private final Workspace workspace;
    /** Every segment's counts, read in one pass: each account page compares with its own segment's. */
    private final Cached<Boolean, Map<String, SegmentCounts>> segments;

    public AccountStore(Workspace workspace) {
        this.workspace = workspace;
        this.segments = new Cached<>(workspace, 1);
    }

    /** Every account and the people of every account. */
    public AccountData readAll() {
        long version = workspace.dataVersion();
        try (Connection c = workspace.connection()) {
            List<StoredAccount> accounts = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(ACCOUNTS); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    accounts.add(account(rs));
                }
            }
            // By id in an array: a million people put and looked up in id order.
            org.uptake.model.ByPersonId<PersonActivity> activity = new org.uptake.model.ByPersonId<>();
            ActivityStore.scan(c, a -> activity.put(a.person(), a));
            List<Member> members = new ArrayList<>();
            SegmentTally tally = new SegmentTally();
            ProfileStore.scan(c, block -> {
                tally.people(block);
                for (int p = block.firstPerson(), end = p + ProfileStore.PEOPLE_PER_BLOCK; p < end; p++) {
                    if (block.has(p) && block.accountId(p) != null) {
                        members.add(new Member(p, block.userId(p), block.accountId(p), block.segment(p), block.role(p), "",
                                Optional.ofNullable(activity.get(p))));
                    }
                }
            });
            AccountData data;
            // Row by row as H2 reads them: the person_feature scan holds millions of rows, which H2 otherwise writes to a
            // temporary file before handing back the first.
            try (Statement lazy = c.createStatement()) {
                lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
                try {
                    data = read(c, accounts, members, tally);
                } finally {
                    lazy.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
            }
            if (workspace.dataVersion() == version) {
                // Only counts of the data as it still is: an import that ran meanwhile leaves the pages to read their own.
                segments.get(Boolean.TRUE, all -> tally.counts());
            }
            return data;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the accounts of workspace '" + workspace.name() + "'", e);
        }
    }

    /** Whether any account has a churn or ARR-change date: without one the prediction check has nothing to measure. */
    public boolean anyOutcome() {
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(ANY_OUTCOME); ResultSet rs = s.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the accounts of workspace '" + workspace.name() + "'", e);
        }
    }

    /** Every segment's people and adopters per feature, by segment key (counted by {@link #readAll} on its way, or read now). */
    public Map<String, SegmentCounts> segments() {
        return segments.get(Boolean.TRUE, all -> readSegments());
    }

    /** Takes the segments' counts kept with the book's counts of this same data, so the first page need not read them. */
    public void knowSegments(Map<String, SegmentCounts> counts) {
        segments.get(Boolean.TRUE, all -> Map.copyOf(counts));
    }

    /** The data's last day (of the last event imported), or nothing while there are no events. */
    public Optional<LocalDate> lastDay() {
        try (Connection c = workspace.connection()) {
            return lastDay(c);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the workspace's imports", e);
        }
    }

    /** One account and its people (with their email addresses), or nothing when the workspace has no such account. */
    public Optional<AccountData> readOne(String accountId) {
        try (Connection c = workspace.connection()) {
            List<StoredAccount> accounts = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(ONE_ACCOUNT)) {
                s.setString(1, accountId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        accounts.add(account(rs));
                    }
                }
            }
            if (accounts.isEmpty()) {
                return Optional.empty();
            }
            Map<Integer, Object[]> people = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(PEOPLE_OF)) {
                s.setString(1, accountId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        people.put(rs.getInt(1), new Object[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                    }
                }
            }
            Int2ObjectOpenHashMap<PersonActivity> activity = new Int2ObjectOpenHashMap<>();
            ActivityStore.scanPeople(c, new it.unimi.dsi.fastutil.ints.IntOpenHashSet(people.keySet()), a -> activity.put(a.person(), a));
            List<Member> members = new ArrayList<>();
            people.forEach((id, p) -> members.add(new Member(id, (String) p[0], accountId, (String) p[1], (String) p[2], p[3] == null ? "" : (String) p[3],
                    Optional.ofNullable(activity.get(id)))));
            members.sort(java.util.Comparator.comparing(Member::userId));
            return Optional.of(read(c, accounts, members, null));
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read account '" + accountId + "'", e);
        }
    }

    /** The people of a segment and their adopters per feature (an account's tier is its people's segment). */
    public SegmentCounts segmentAdoption(String segment) {
        return segments.get(Boolean.TRUE, all -> readSegments()).getOrDefault(SegmentTally.key(segment), new SegmentCounts(0, Map.of()));
    }

    private Map<String, SegmentCounts> readSegments() {
        try (Connection c = workspace.connection()) {
            SegmentTally tally = new SegmentTally();
            ProfileStore.scan(c, tally::people);
            try (PreparedStatement s = c.prepareStatement(ADOPTIONS); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tally.use(rs.getInt(1), rs.getString(2), true);
                }
            }
            return tally.counts();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the adoption of the segments", e);
        }
    }

    /**
     * The members' feature use, tickets and contacts. For one account ({@code tally} null) the rows are looked
     * up by person through the indexes; for the whole book one pass over each table is cheaper, and its feature
     * use also goes to the tally of segments.
     */
    private AccountData read(Connection c, List<StoredAccount> accounts, List<Member> members, SegmentTally tally) throws SQLException {
        boolean few = tally == null;
        it.unimi.dsi.fastutil.ints.IntOpenHashSet ids = new it.unimi.dsi.fastutil.ints.IntOpenHashSet(members.size());
        members.forEach(m -> ids.add(m.personId()));
        java.sql.Array idArray = few ? c.createArrayOf("INTEGER", ids.intStream().boxed().toArray()) : null;
        List<FeatureUse> uses = new ArrayList<>();
        // One string per feature: each row read makes its own, and a million people's rows kept millions of copies.
        Map<String, String> featureKeys = new HashMap<>();
        try (PreparedStatement s = prepare(c, few ? USES_OF : USES, idArray); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                int person = rs.getInt(1);
                String featureKey = featureKeys.computeIfAbsent(rs.getString(2), k -> k);
                long adopted = rs.getLong(3);
                boolean adoptedNull = rs.wasNull();
                if (tally != null) {
                    tally.use(person, featureKey, !adoptedNull);
                }
                if (ids.contains(person)) {
                    long last = rs.getLong(4);
                    boolean lastNull = rs.wasNull();
                    uses.add(new FeatureUse(person, featureKey, adoptedNull ? -1 : Math.floorDiv(adopted, 86_400_000L),
                            lastNull ? -1 : Math.floorDiv(last, 86_400_000L)));
                }
            }
        }
        List<PersonTicket> tickets = new ArrayList<>();
        try (PreparedStatement s = prepare(c, few ? TICKETS_OF : TICKETS, idArray); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (ids.contains(rs.getInt(1))) {
                    tickets.add(new PersonTicket(rs.getInt(1), utcDay(rs.getObject(2, OffsetDateTime.class)), rs.getString(3)));
                }
            }
        }
        List<Contact> contacts = new ArrayList<>();
        try (PreparedStatement s = prepare(c, few ? CONTACTS_OF : CONTACTS, idArray); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (ids.contains(rs.getInt(1))) {
                    contacts.add(new Contact(rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return new AccountData(lastDay(c), accounts, members, uses, tickets, contacts);
    }

    private static PreparedStatement prepare(Connection c, String sql, java.sql.Array ids) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        if (ids != null) {
            s.setArray(1, ids);
        }
        return s;
    }

    private static Optional<LocalDate> lastDay(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LAST_TS); ResultSet rs = s.executeQuery()) {
            if (rs.next()) {
                long ts = rs.getLong(1);
                if (!rs.wasNull()) {
                    return Optional.of(LocalDate.ofEpochDay(Math.floorDiv(ts, 86_400_000L)));
                }
            }
            return Optional.empty();
        }
    }

    private static LocalDate utcDay(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static StoredAccount account(ResultSet rs) throws SQLException {
        BigDecimal arr = rs.getBigDecimal(4);
        BigDecimal after = rs.getBigDecimal(8);
        return new StoredAccount(rs.getString(1), rs.getString(2) == null ? rs.getString(1) : rs.getString(2), rs.getString(3),
                arr == null ? 0 : arr.doubleValue(), rs.getString(5) == null ? "" : rs.getString(5),
                Optional.ofNullable(rs.getObject(6, LocalDate.class)), Optional.ofNullable(rs.getObject(7, LocalDate.class)),
                Optional.ofNullable(after).map(BigDecimal::doubleValue));
    }
}
