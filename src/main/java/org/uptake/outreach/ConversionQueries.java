package org.uptake.outreach;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uptake.model.Feature;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDatabase;
import org.uptake.workspace.WorkspaceDataException;

/**
 * Reads every campaign's contacts with each person's first adoption of the feature, and measures
 * conversion as of the data's last event. An imported campaign's control is its history's control
 * rows; a campaign Uptake delivered is measured against the people held out of the same drafting
 * round and channel as its messages, so every campaign has its own random control.
 */
final class ConversionQueries {

    private static final String CONTACTS = "SELECT cc.campaign_id, cc.group_name, cc.sent_at, pf.first_adoption, cc.person_id"
            + " FROM campaign_contact cc LEFT JOIN person_feature pf ON pf.person_id = cc.person_id AND pf.feature_key = ?"
            + " WHERE cc.sent_at >= ?"
            // Uptake's own campaigns of another feature are that feature's; imported history names no feature, so it stays.
            + " AND cc.campaign_id NOT IN (SELECT campaign_id FROM message WHERE campaign_id IS NOT NULL AND feature_key <> ?)"
            + " ORDER BY cc.sent_at, cc.campaign_id";
    private static final String OWN_CAMPAIGNS = "SELECT DISTINCT campaign_id, draft_round, channel FROM message WHERE feature_key = ?"
            + " AND kind = 'outreach' AND campaign_id IS NOT NULL AND draft_round IS NOT NULL";
    private static final String HOLDOUTS = "SELECT h.person_id, h.draft_round, h.channel, pf.first_adoption FROM outreach_holdout h"
            + " LEFT JOIN person_feature pf ON pf.person_id = h.person_id AND pf.feature_key = h.feature_key WHERE h.feature_key = ?";
    private static final String LAST_EVENT = "SELECT MAX(last_ts) FROM import_batch WHERE status = 'imported'";
    private static final long HOURS_48 = 48 * 3_600_000L;
    private static final long DAYS_7 = 7 * 86_400_000L;
    private static final double Z = 1.959963984540054;

    private final Workspace workspace;

    ConversionQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One arm's counts as they are read: people, adopted within 48 h, within 7 days. */
    private static final class Arm {
        final Set<Integer> people = new HashSet<>();
        int within48h;
        int within7d;

        void add(int person, long sentAt, Long adopted) {
            // Someone who had adopted before the send cannot be converted by it.
            if (adopted != null && adopted <= sentAt || !people.add(person)) {
                return;
            }
            if (adopted != null && adopted - sentAt <= HOURS_48) {
                within48h++;
            }
            if (adopted != null && adopted - sentAt <= DAYS_7) {
                within7d++;
            }
        }

        CampaignConversion.Group group() {
            return new CampaignConversion.Group(people.size(), within48h, within7d);
        }
    }

    List<CampaignConversion> conversion(Feature feature) {
        Map<String, Set<String>> ownRounds = new HashMap<>();
        Map<String, Instant> sent = new LinkedHashMap<>();
        Map<String, Arm> contacted = new HashMap<>();
        Map<String, Arm> control = new HashMap<>();
        Instant dataEnd;
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            dataEnd = dataEnd(c);
            try (PreparedStatement s = c.prepareStatement(OWN_CAMPAIGNS)) {
                s.setString(1, feature.key());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ownRounds.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getInt(2) + "/" + rs.getString(3));
                    }
                }
            }
            List<Object[]> controlRows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(CONTACTS)) {
                s.setString(1, feature.key());
                s.setObject(2, feature.launchedAt().atStartOfDay().atOffset(ZoneOffset.UTC));
                s.setString(3, feature.key());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String campaign = rs.getString(1);
                        long at = rs.getObject(3, OffsetDateTime.class).toInstant().toEpochMilli();
                        sent.merge(campaign, Instant.ofEpochMilli(at), (a, b) -> a.isBefore(b) ? a : b);
                        long adoptedAt = rs.getLong(4);
                        Long adopted = rs.wasNull() ? null : adoptedAt;
                        if (!"control".equalsIgnoreCase(rs.getString(2))) {
                            contacted.computeIfAbsent(campaign, k -> new Arm()).add(rs.getInt(5), at, adopted);
                        } else if (!ownRounds.containsKey(campaign)) {
                            controlRows.add(new Object[] {campaign, rs.getInt(5), at, adopted});
                        }
                    }
                }
            }
            for (Object[] row : controlRows) {
                control.computeIfAbsent((String) row[0], k -> new Arm()).add((Integer) row[1], (Long) row[2], (Long) row[3]);
            }
            if (!ownRounds.isEmpty()) {
                ownControls(c, feature.key(), ownRounds, sent, contacted, control);
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the campaigns", e);
        }
        List<CampaignConversion> out = new ArrayList<>();
        sent.forEach((campaign, at) -> out.add(CampaignConversion.of(campaign, at, dataEnd,
                contacted.getOrDefault(campaign, new Arm()).group(), control.getOrDefault(campaign, new Arm()).group())));
        return out;
    }

    /** The control of each campaign Uptake delivered: the people held out of its messages' rounds and channels, never its own recipients. */
    private static void ownControls(Connection c, String featureKey, Map<String, Set<String>> ownRounds, Map<String, Instant> sent,
            Map<String, Arm> contacted, Map<String, Arm> control) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(HOLDOUTS)) {
            s.setString(1, featureKey);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int person = rs.getInt(1);
                    String key = rs.getInt(2) + "/" + rs.getString(3);
                    long adoptedAt = rs.getLong(4);
                    Long adopted = rs.wasNull() ? null : adoptedAt;
                    ownRounds.forEach((campaign, keys) -> {
                        Instant at = sent.get(campaign);
                        Arm treated = contacted.get(campaign);
                        if (at != null && keys.contains(key) && (treated == null || !treated.people.contains(person))) {
                            control.computeIfAbsent(campaign, k -> new Arm()).add(person, at.toEpochMilli(), adopted);
                        }
                    });
                }
            }
        }
    }

    private static Instant dataEnd(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LAST_EVENT); ResultSet rs = s.executeQuery()) {
            rs.next();
            long last = rs.getLong(1);
            return rs.wasNull() ? null : Instant.ofEpochMilli(last);
        }
    }

    /** Difference p1 − p2 with Newcombe's hybrid score interval (method 10); NaN bounds when a group is empty. */
    static double[] newcombe(int x1, int n1, int x2, int n2) {
        if (n1 == 0 || n2 == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double p1 = x1 / (double) n1;
        double p2 = x2 / (double) n2;
        double[] w1 = wilson(x1, n1);
        double[] w2 = wilson(x2, n2);
        double d = p1 - p2;
        double low = d - Math.sqrt((p1 - w1[0]) * (p1 - w1[0]) + (w2[1] - p2) * (w2[1] - p2));
        double high = d + Math.sqrt((w1[1] - p1) * (w1[1] - p1) + (p2 - w2[0]) * (p2 - w2[0]));
        return new double[] {d, low, high};
    }

    /** Wilson score interval for x successes in n. */
    static double[] wilson(int x, int n) {
        double p = x / (double) n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {centre - half, centre + half};
    }
}
