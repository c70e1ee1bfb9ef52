package org.uptake.outreach;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDataException;

/** Reads every campaign's contacts with each person's first adoption of the feature, and measures conversion. */
final class ConversionQueries {

    private static final String CONTACTS = "SELECT cc.campaign_id, cc.group_name, cc.sent_at, pf.first_adoption FROM campaign_contact cc"
            + " LEFT JOIN person_feature pf ON pf.person_id = cc.person_id AND pf.feature_key = ?"
            + " WHERE cc.sent_at >= ? ORDER BY cc.sent_at, cc.campaign_id";
    private static final long HOURS_48 = 48 * 3_600_000L;
    private static final long DAYS_7 = 7 * 86_400_000L;
    private static final double Z = 1.959963984540054;

    private final Workspace workspace;

    ConversionQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    List<CampaignConversion> conversion(Feature feature) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Instant> sent = new LinkedHashMap<>();
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(CONTACTS)) {
            s.setString(1, feature.key());
            s.setObject(2, feature.launchedAt().atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String campaign = rs.getString(1);
                    boolean treated = !"control".equalsIgnoreCase(rs.getString(2));
                    long at = rs.getObject(3, OffsetDateTime.class).toInstant().toEpochMilli();
                    sent.merge(campaign, Instant.ofEpochMilli(at), (a, b) -> a.isBefore(b) ? a : b);
                    long adopted = rs.getLong(4);
                    boolean adoptedEver = !rs.wasNull();
                    if (adoptedEver && adopted <= at) {
                        continue;
                    }
                    int[] k = counts.computeIfAbsent(campaign, x -> new int[6]);
                    int base = treated ? 0 : 3;
                    k[base]++;
                    if (adoptedEver && adopted - at <= HOURS_48) {
                        k[base + 1]++;
                    }
                    if (adoptedEver && adopted - at <= DAYS_7) {
                        k[base + 2]++;
                    }
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the campaigns", e);
        }
        List<CampaignConversion> out = new ArrayList<>();
        counts.forEach((campaign, k) -> {
            CampaignConversion.Group t = new CampaignConversion.Group(k[0], k[1], k[2]);
            CampaignConversion.Group ctl = new CampaignConversion.Group(k[3], k[4], k[5]);
            double[] d48 = newcombe(k[1], k[0], k[4], k[3]);
            double[] d7 = newcombe(k[2], k[0], k[5], k[3]);
            out.add(new CampaignConversion(campaign, sent.get(campaign), t, ctl, d48[0], d48[1], d48[2], d7[0], d7[1], d7[2]));
        });
        return out;
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
