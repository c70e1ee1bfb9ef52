package org.uptake.workspace;

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
import java.util.List;
import javax.sql.DataSource;

/** Owns the {@code alert} and {@code alert_audit} tables: alerts the watch raised, and every change to them. */
public final class AlertStore {

    /** One stored alert; days are data days, {@code raisedAt} the machine's clock when it was recorded. */
    public record Row(long id, String rule, String conditionKey, String featureKey, String accountKey, LocalDate since,
            LocalDate lastSeen, LocalDate cleared, String headline, String figures, String significance, String screen,
            String status, LocalDate snoozedUntil, Instant raisedAt) {
    }

    /** What a rule found, to be stored as a new alert. */
    public record Raised(String rule, String conditionKey, String featureKey, String accountKey, String headline, String figures,
            String significance, String screen) {
    }

    /** One line of an alert's trail. */
    public record Audit(long alertId, String action, LocalDate dataDay, String note, Instant at) {
    }

    private static final String COLUMNS = "id, rule, condition_key, feature_key, account_key, since_day, last_seen_day, cleared_day,"
            + " headline, figures, significance, screen, status, snoozed_until, raised_at";

    private final DataSource dataSource;

    public AlertStore(Workspace workspace) {
        this.dataSource = workspace.dataSource();
    }

    /** Alerts whose condition has not cleared, oldest first. */
    public List<Row> live() {
        return rows("SELECT " + COLUMNS + " FROM alert WHERE cleared_day IS NULL ORDER BY id", null);
    }

    /** Alerts still live, raised on or after the day, or cleared on or after it; oldest first. */
    public List<Row> relevantSince(LocalDate day) {
        return rows("SELECT " + COLUMNS + " FROM alert WHERE cleared_day IS NULL OR since_day >= ? OR cleared_day >= ? ORDER BY id", day);
    }

    public List<Row> all() {
        return rows("SELECT " + COLUMNS + " FROM alert ORDER BY id", null);
    }

    /** What an alert whose condition still holds shows now: its latest headline, figures and significance. */
    public record Seen(long id, String headline, String figures, String significance) {
    }

    /**
     * One refresh's findings, in one transaction: new open alerts first seen on {@code day}, each with its first audit
     * line, and the alerts whose condition still holds, which keep their first day and show the latest figures. Returns
     * the new alerts' ids, in the order given. A refresh at a million people raises thousands (an account at risk each),
     * and each in a transaction of its own took most of a second; nor is an alert ever stored without its audit line.
     */
    public List<Long> record(List<Raised> raised, List<Seen> seen, LocalDate day, Instant now) {
        if (raised.isEmpty() && seen.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Long> ids = insert(c, raised, day, now);
                audit(c, ids, "raised", day, null, now);
                try (PreparedStatement s = c.prepareStatement("UPDATE alert SET last_seen_day = ?, headline = ?, figures = ?,"
                        + " significance = ? WHERE id = ?")) {
                    for (Seen again : seen) {
                        s.setObject(1, day);
                        s.setString(2, again.headline());
                        s.setString(3, again.figures());
                        s.setString(4, again.significance());
                        s.setLong(5, again.id());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                c.commit();
                return ids;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot store the alerts", e);
        }
    }

    private static List<Long> insert(Connection c, List<Raised> raised, LocalDate day, Instant now) throws SQLException {
        List<Long> ids = new ArrayList<>(raised.size());
        if (raised.isEmpty()) {
            return ids;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO alert (rule, condition_key, feature_key, account_key, since_day,"
                + " last_seen_day, headline, figures, significance, screen, status, raised_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (Raised r : raised) {
                s.setString(1, r.rule());
                s.setString(2, r.conditionKey());
                s.setString(3, r.featureKey());
                s.setString(4, r.accountKey());
                s.setObject(5, day);
                s.setObject(6, day);
                s.setString(7, r.headline());
                s.setString(8, r.figures());
                s.setString(9, r.significance());
                s.setString(10, r.screen());
                s.setObject(11, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                s.addBatch();
            }
            s.executeBatch();
            try (ResultSet keys = s.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != raised.size()) {
            throw new SQLException("Stored " + raised.size() + " alerts but got " + ids.size() + " ids back");
        }
        return ids;
    }

    /** The condition no longer holds: the alert closes; if it comes back, that is a new alert. */
    public void clear(long id, LocalDate day, Instant now) {
        change(id, "UPDATE alert SET cleared_day = ?, status = 'cleared' WHERE id = ?", day, "cleared", day, null, now);
    }

    /** Hidden until the data reaches {@code until} (a data day, not the wall clock). */
    public void snooze(long id, LocalDate until, LocalDate day, String note, Instant now) {
        change(id, "UPDATE alert SET status = 'snoozed', snoozed_until = ? WHERE id = ?", until, "snoozed", day,
                "until " + until + (note == null ? "" : ": " + note), now);
    }

    /** Hidden until its condition clears. */
    public void dismiss(long id, LocalDate day, String note, Instant now) {
        change(id, "UPDATE alert SET status = 'dismissed', snoozed_until = NULL WHERE id = ?", null, "dismissed", day, note, now);
    }

    /** A snooze ran out in data time: the alert is open again. */
    public void wake(long id, LocalDate day, Instant now) {
        change(id, "UPDATE alert SET status = 'open', snoozed_until = NULL WHERE id = ?", null, "woke", day, null, now);
    }

    public List<Audit> trail(long id) {
        List<Audit> trail = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT alert_id, action, data_day, note, at FROM alert_audit WHERE alert_id = ? ORDER BY id")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    trail.add(new Audit(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
            return trail;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the alert's trail", e);
        }
    }

    private void change(long id, String sql, LocalDate value, String action, LocalDate day, String note, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                if (value != null) {
                    s.setObject(i++, value);
                }
                s.setLong(i, id);
                if (s.executeUpdate() != 1) {
                    throw new IllegalArgumentException("There is no alert " + id + ".");
                }
                audit(c, id, action, day, note, now);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot change alert " + id, e);
        }
    }

    private static void audit(Connection c, long id, String action, LocalDate day, String note, Instant now) throws SQLException {
        audit(c, List.of(id), action, day, note, now);
    }

    /** The same audit line for each of the alerts, in one batch. */
    private static void audit(Connection c, List<Long> ids, String action, LocalDate day, String note, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO alert_audit (alert_id, action, data_day, note, at) VALUES (?, ?, ?, ?, ?)")) {
            for (long id : ids) {
                s.setLong(1, id);
                s.setString(2, action);
                s.setObject(3, day);
                s.setString(4, note);
                s.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private List<Row> rows(String sql, LocalDate day) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (day != null) {
                s.setObject(1, day);
                s.setObject(2, day);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getObject(14, LocalDate.class), rs.getObject(15, OffsetDateTime.class).toInstant()));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read alerts", e);
        }
    }
}
