package org.uptake.impact;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.uptake.workspace.ActivityStore;
import org.uptake.workspace.EventStore;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDatabase;
import org.uptake.workspace.WorkspaceDataException;

/** The SQL of impact: people active in a window, adopters, a metric's values per person, tickets by tag, past reports. */
final class ImpactQueries {

    private static final long DAY = 86_400_000L;
    private final Workspace workspace;

    ImpactQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The first and last day with events, or null when there are none. */
    LocalDate[] dataDays() {
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(
                "SELECT MIN(first_ts), MAX(last_ts) FROM import_batch WHERE status = 'imported' AND first_ts IS NOT NULL");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            long first = rs.getLong(1);
            if (rs.wasNull()) {
                return null;
            }
            return new LocalDate[] {LocalDate.ofEpochDay(Math.floorDiv(first, DAY)), LocalDate.ofEpochDay(Math.floorDiv(rs.getLong(2), DAY))};
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the data's time span", e);
        }
    }

    /** People with an event in [from, to) (days). */
    IntOpenHashSet active(LocalDate from, LocalDate toExclusive) {
        IntOpenHashSet people = new IntOpenHashSet();
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            LocalDate to = toExclusive.minusDays(1);
            ActivityStore.scan(c, a -> {
                if (a.activeIn(from, to)) {
                    people.add(a.person());
                }
            });
            return people;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read active people", e);
        }
    }

    /** People whose first adoption of the feature came before {@code before}. */
    IntOpenHashSet adopters(String featureKey, long before) {
        IntOpenHashSet people = new IntOpenHashSet();
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(
                "SELECT person_id FROM person_feature WHERE feature_key = ? AND first_adoption < ?")) {
            s.setString(1, featureKey);
            s.setLong(2, before);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    people.add(rs.getInt(1));
                }
            }
            return people;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read adopters", e);
        }
    }

    /**
     * Per person, for each window [bounds[i], bounds[i+1]): the sum and count of the event's
     * property values, or (property null) the count of events as the sum and 1 as the count.
     */
    Int2ObjectOpenHashMap<double[]> values(String event, String property, long[] bounds) {
        Int2ObjectOpenHashMap<double[]> byPerson = new Int2ObjectOpenHashMap<>();
        int windows = bounds.length - 1;
        String needle = property == null ? null : "\"" + property + "\"";
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            int nameId = eventNameId(c, event);
            if (nameId == 0) {
                return byPerson;
            }
            long from = bounds[0];
            long to = bounds[windows];
            EventStore.scan(c, from, to, block -> {
                for (int i = 0; i < block.size(); i++) {
                    long ts = block.ts(i);
                    if (block.name(i) != nameId || ts < from || ts >= to) {
                        continue;
                    }
                    double value = 1;
                    if (needle != null) {
                        value = number(block.properties(i), needle);
                        if (Double.isNaN(value)) {
                            continue;
                        }
                    }
                    int w = window(bounds, ts);
                    double[] cells = byPerson.computeIfAbsent(block.person(i), p -> new double[2 * windows]);
                    cells[2 * w] += value;
                    cells[2 * w + 1] += 1;
                }
            });
            return byPerson;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the values of " + event, e);
        }
    }

    /** The event name's dictionary id, 0 when no import has seen it. */
    private static int eventNameId(Connection c, String event) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM dictionary WHERE kind = 1 AND entry = ?")) {
            s.setString(1, event);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** The window [bounds[i], bounds[i+1]) holding {@code ts}; a binary search, since validation asks for one window per day. */
    private static int window(long[] bounds, long ts) {
        int i = java.util.Arrays.binarySearch(bounds, ts);
        return Math.min(bounds.length - 2, Math.max(0, i >= 0 ? i : -i - 2));
    }

    /** Each person's active days in [from, to) as day indexes from {@code from}, ascending. */
    Int2ObjectOpenHashMap<int[]> activeDays(LocalDate from, LocalDate toExclusive) {
        Int2ObjectOpenHashMap<int[]> people = new Int2ObjectOpenHashMap<>();
        LocalDate to = toExclusive.minusDays(1);
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            ActivityStore.scan(c, a -> {
                it.unimi.dsi.fastutil.ints.IntArrayList days = new it.unimi.dsi.fastutil.ints.IntArrayList();
                for (LocalDate d = a.firstDayIn(from, to); d != null; d = d.isBefore(to) ? a.firstDayIn(d.plusDays(1), to) : null) {
                    days.add((int) (d.toEpochDay() - from.toEpochDay()));
                }
                if (!days.isEmpty()) {
                    people.put(a.person(), days.toIntArray());
                }
            });
            return people;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read active days", e);
        }
    }

    /** The number after "key": in a flat JSON object, without parsing the whole object (this runs per event). */
    static double number(String props, String needle) {
        if (props == null) {
            return Double.NaN;
        }
        int at = props.indexOf(needle);
        if (at < 0) {
            return Double.NaN;
        }
        int i = props.indexOf(':', at + needle.length());
        if (i < 0) {
            return Double.NaN;
        }
        int start = i + 1;
        while (start < props.length() && props.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < props.length() && "-+.0123456789eE".indexOf(props.charAt(end)) >= 0) {
            end++;
        }
        try {
            return end == start ? Double.NaN : Double.parseDouble(props.substring(start, end));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Tickets carrying any of the tags, by creation time. */
    List<Instant> tickets(Set<String> tags) {
        List<Instant> times = new ArrayList<>();
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement("SELECT created_at, tags FROM ticket");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String t = rs.getString(2);
                if (t == null) {
                    continue;
                }
                for (String tag : t.toLowerCase(Locale.ROOT).split("[,;|\\s]+")) {
                    if (tags.contains(tag)) {
                        times.add(rs.getObject(1, OffsetDateTime.class).toInstant());
                        break;
                    }
                }
            }
            return times;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read tickets", e);
        }
    }

    /** Campaigns sent in [from, to): id, time, people contacted. */
    List<Object[]> campaigns(long from, long to) {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement("SELECT campaign_id, MIN(sent_at),"
                + " SUM(CASE WHEN group_name = 'treatment' THEN 1 ELSE 0 END) FROM campaign_contact WHERE sent_at >= ? AND sent_at < ?"
                + " GROUP BY campaign_id ORDER BY 2")) {
            s.setObject(1, Instant.ofEpochMilli(from).atOffset(ZoneOffset.UTC));
            s.setObject(2, Instant.ofEpochMilli(to).atOffset(ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getInt(3)});
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read campaigns", e);
        }
    }

    void recordReport(String featureKey, String content) {
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(
                "INSERT INTO impact_report (feature_key, created_at, content) VALUES (?, ?, ?)")) {
            s.setString(1, featureKey);
            s.setObject(2, Instant.now().atOffset(ZoneOffset.UTC));
            s.setString(3, content);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot record the impact report", e);
        }
    }

    /** People using the feature per ISO week (Monday start) from {@code from} to {@code to}. */
    List<int[]> weeklyUsers(String featureKey, LocalDate from, LocalDate to) {
        List<int[]> weeks = new ArrayList<>();
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(
                "SELECT activity_day, person_id FROM person_feature_day WHERE feature_key = ? AND uses > 0 AND activity_day BETWEEN ? AND ?")) {
            s.setString(1, featureKey);
            s.setObject(2, from);
            s.setObject(3, to);
            Int2ObjectOpenHashMap<IntOpenHashSet> byWeek = new Int2ObjectOpenHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    LocalDate d = rs.getObject(1, LocalDate.class);
                    int week = (int) Math.floorDiv(d.toEpochDay() - 4, 7);
                    byWeek.computeIfAbsent(week, w -> new IntOpenHashSet()).add(rs.getInt(2));
                }
            }
            byWeek.forEach((week, people) -> weeks.add(new int[] {week, people.size()}));
            weeks.sort((a, b) -> Integer.compare(a[0], b[0]));
            return weeks;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read weekly use", e);
        }
    }
}
