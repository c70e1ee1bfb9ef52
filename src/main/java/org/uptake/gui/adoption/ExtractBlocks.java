package org.uptake.gui.adoption;

import java.util.ArrayList;
import java.util.List;
import org.uptake.adoption.AdoptionOverview;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.extract.ExactCounts;
import org.uptake.extract.SampleLabel;
import org.uptake.extract.SampledRate;
import org.uptake.model.ExtractSource;
import org.uptake.model.Figures;

/**
 * The Adoption screen's blocks on data from a Spark extract, in words: the breakdowns, funnel steps, time to first use
 * and abandoned people as the cluster counted them exactly (a kind the extract lacks falls back to the sample), and the
 * sample's figures (reverted, stopped, depth, who should be using it) labelled with its size, their shares with a 95% interval.
 *
 * @param shown the overview these blocks go with (a newer one makes them stale)
 */
record ExtractBlocks(AdoptionOverview shown, String exactLabel, String sampleLabel, String breakdownLabel, List<String[]> breakdownRows,
        String funnelLine, String timeToFirstUseValue, String timeToFirstUseDetail, String abandonedValue, String abandonedDetail,
        String revertedDetail, String stoppedDetail, String depthLabel) {

    /** One attribute of the breakdown table: the cluster's cells (empty when the extract lacks them) and the sample's rows. */
    private record Dimension(String name, List<ExactCounts.Cell> exact, List<AdoptionSummary.Breakdown> sample) {
    }

    /** @param narrowed whether the screen's dates narrow the sample's figures (the cluster's stay whole-period) */
    static ExtractBlocks of(AdoptionOverview shown, ExactCounts exact, boolean narrowed) {
        ExtractSource source = exact.source();
        AdoptionSummary s = shown.summary();
        String exactly = "Counted exactly on the cluster" + (narrowed ? ", whole period (not the dates chosen)" : "");
        String sample = capital(SampleLabel.of(source));
        List<String[]> rows = new ArrayList<>();
        List<String> fromSample = new ArrayList<>();
        List<Dimension> dimensions = List.of(new Dimension("segment", exact.bySegment(), s.bySegment()),
                new Dimension("plan", exact.byPlan(), s.byPlan()), new Dimension("role", exact.byRole(), s.byRole()),
                new Dimension(AdoptionSummary.MAIN_PLATFORM, exact.byPlatform(), s.byPlatform()));
        for (Dimension d : dimensions) {
            if (d.exact().isEmpty()) {
                fromSample.add(d.name());
                for (AdoptionSummary.Breakdown b : d.sample()) {
                    SampledRate r = SampledRate.of(b.adopters(), b.activePeople(), source.sampleFraction());
                    rows.add(new String[] {d.name(), b.value(), Figures.count(b.activePeople()), Figures.count(b.adopters()),
                        Figures.percent(b.adoptionRate(), 1) + " (sample; 95% " + Figures.percent(r.low(), 1) + "–" + Figures.percent(r.high(), 1) + ")"});
                }
            } else {
                d.exact().forEach(c -> rows.add(new String[] {d.name(), c.value(), Figures.count(c.activePeople()), Figures.count(c.adopters()),
                    Figures.percent(c.adoptionRate(), 1)}));
            }
        }
        String breakdownLabel = fromSample.size() == dimensions.size() ? sample + "."
                : exactly + (fromSample.isEmpty() ? "." : "; " + String.join(", ", fromSample) + " " + SampleLabel.of(source) + ".");

        String funnel = "";
        if (shown.funnel() != null) {
            funnel = exact.funnel().isEmpty() ? "The funnel chart is " + SampleLabel.of(source) + "."
                    : "Funnel steps " + lower(exactly) + " (" + ExactCounts.FUNNEL_WINDOW_DAYS + "-day window): " + exact.funnelLine()
                            + ". The chart is " + SampleLabel.of(source) + ".";
        }

        String ttfuValue;
        String ttfuDetail;
        ExactCounts.FirstUse t = exact.timeToFirstUse();
        if (t != null) {
            ttfuValue = t.adopters() == 0 ? "–" : Figures.days(t.medianDays());
            ExactCounts.FirstUse target = exact.targetTimeToFirstUse();
            ttfuDetail = (t.adopters() == 0 ? "no adopters to measure" : "p75 " + Figures.days(t.p75Days()) + " · "
                    + Figures.percent(t.within7Days(), 0) + " within 7 days")
                    + (s.targetAudience().isSegments() && target != null && target.adopters() > 0
                            ? " · " + s.targetAudience().describe() + ": median " + Figures.days(target.medianDays()) : "")
                    + (t.leftOut() > 0 ? " · leaves out " + Figures.count(t.leftOut()) + " whose first use may predate the data" : "")
                    + " · " + lower(exactly);
        } else {
            AdoptionSummary.TimeToFirstUse st = s.timeToFirstUse();
            ttfuValue = st.adopters() == 0 ? "–" : Figures.days(st.medianDays());
            ttfuDetail = st.adopters() == 0 ? "no sampled adopters to measure · " + SampleLabel.of(source)
                    : "p75 " + Figures.days(st.p75Days()) + " · within 7 days: "
                            + SampleLabel.share((int) Math.round(st.within7Days() * st.adopters()), st.adopters(), "adopters", source)
                            + " · " + SampleLabel.of(source);
        }

        String abandonedValue;
        String abandonedDetail;
        if (exact.abandoned() != null && !exact.funnel().isEmpty()) {
            abandonedValue = Figures.count(exact.abandoned());
            abandonedDetail = Figures.percent(exact.activePeople() == 0 ? 0 : exact.abandoned() / (double) exact.activePeople(), 1)
                    + " of active people entered and never finished · " + lower(exactly);
        } else {
            abandonedValue = Figures.count(s.abandoned());
            abandonedDetail = "entered and never finished: " + SampleLabel.share(s.abandoned(), s.activePeople(), "active people", source);
        }
        String reverted = "undid it within 24 h of adopting: " + SampleLabel.share(s.reverted(), s.adopters(), "adopters", source);
        String stopped = "adopted, active, no use in the last 14 days: " + SampleLabel.share(s.stopped(), s.adopters(), "adopters", source);
        String depth = sample + ": power users " + SampleLabel.share(shown.depth().power(), s.adopters(), "adopters", source) + ".";
        return new ExtractBlocks(shown, exactly, sample, breakdownLabel, rows, funnel, ttfuValue, ttfuDetail, abandonedValue,
                abandonedDetail, reverted, stopped, depth);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lower(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
