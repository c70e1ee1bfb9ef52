package org.uptake.extract;

import java.util.Locale;
import org.uptake.model.ExtractSource;
import org.uptake.model.Figures;

/** Where a workspace's data came from, in one sentence for the Overview: the cluster, the date, the sample. */
public final class DataOrigin {

    private DataOrigin() {
    }

    /**
     * E.g. "From an extract of cluster yarn (made 2026-11-29, data 2025-12-23 – 2026-03-16): 40 of 400 people
     * sampled (10%); adoption, its breakdowns, funnel steps, time to first use and success metrics' totals are counted
     * exactly over everyone, every other figure comes from the sample."
     */
    public static String describe(ExtractSource s) {
        String made = s.createdAt() == null || s.createdAt().length() < 10 ? "date unknown" : "made " + s.createdAt().substring(0, 10);
        String sample = s.everyone()
                ? "every one of " + Figures.count(s.people()) + " people's records (no sampling)"
                : Figures.count(s.peopleSampled()) + " of " + Figures.count(s.people()) + " people sampled ("
                        + String.format(Locale.ROOT, "%.3g", 100 * s.sampleFraction()) + "%); adoption, its breakdowns, funnel steps,"
                        + " time to first use and success metrics' totals are counted exactly over everyone, every other figure comes from the sample";
        return "From an extract of cluster " + s.cluster() + " (" + made + ", data " + s.firstDay() + " – " + s.lastDay() + "): "
                + sample + ".";
    }
}
