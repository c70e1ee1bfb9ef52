package org.uptake.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDataException;
import org.uptake.workspace.WorkspaceDatabase;

/** People who used a feature in a span of data days, read from the per-person, per-day rollup. */
final class UseQueries {

    private final Workspace workspace;

    UseQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Per feature, the distinct people with at least one use of it on [from, to] of each span ({@code spans}: [from,
     * to] pairs, counts in the same order): one pass over the rollup for every feature and span (the table is keyed by
     * person, so each feature asked alone was a pass of its own, about 0.8 s each at a million people, and each span too).
     */
    Map<String, int[]> users(java.util.List<LocalDate[]> spans) {
        LocalDate first = spans.stream().map(d -> d[0]).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = spans.stream().map(d -> d[1]).max(LocalDate::compareTo).orElseThrow();
        StringBuilder sql = new StringBuilder("SELECT feature_key");
        spans.forEach(d -> sql.append(", COUNT(DISTINCT CASE WHEN activity_day BETWEEN ? AND ? THEN person_id END)"));
        sql.append(" FROM person_feature_day WHERE uses > 0 AND activity_day BETWEEN ? AND ? GROUP BY feature_key");
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (LocalDate[] d : spans) {
                s.setObject(p++, d[0]);
                s.setObject(p++, d[1]);
            }
            s.setObject(p++, first);
            s.setObject(p, last);
            Map<String, int[]> users = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int[] counts = new int[spans.size()];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getInt(i + 2);
                    }
                    users.put(rs.getString(1), counts);
                }
            }
            return users;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the features' users", e);
        }
    }
}
