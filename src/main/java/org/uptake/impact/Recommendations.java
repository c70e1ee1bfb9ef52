package org.uptake.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.model.Feature;
import org.uptake.outreach.CampaignConversion;
import org.uptake.outreach.Tips;
import org.uptake.struggle.BugSuspect;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StruggleReport;

/** What to do next, each tied to a figure of the report: fix the bug, help a struggling group, promote where adoption lags, repeat what worked. */
final class Recommendations {

    private Recommendations() {
    }

    static List<String> write(Feature feature, AdoptionSummary a, StruggleReport s, List<CampaignConversion> campaigns, List<MetricImpact> metrics) {
        List<String> out = new ArrayList<>();
        long defects = s.bugSuspects().stream().filter(BugSuspect::defect).count();
        if (defects > 0) {
            String reason = s.bugSuspects().stream().filter(BugSuspect::defect).flatMap(b -> b.reasons().stream())
                    .filter(r -> !r.startsWith("reverted")).findFirst().orElse("see the bug suspects");
            out.add(String.format("Fix the defect %d %s hit: %s (File bug on the Struggles screen).", defects, defects == 1 ? "person" : "people", reason));
        }
        // The largest group that struggles beyond chance, described by who they are (not by where they stopped).
        s.clusters().stream().filter(c -> c.confidence().equals("high") && c.attributes().stream()
                .noneMatch(x -> x.attribute().equals("step reached")))
                .max(java.util.Comparator.comparingInt(StruggleCluster::struggling)).ifPresent(c -> {
                    String tip = Tips.forCluster(c, null);
                    out.add(String.format(Locale.ROOT, "Help %s: %d of %d struggle (%.0f%% vs %.0f%% overall)%s", c.label(), c.struggling(),
                            c.members(), 100 * c.share(), 100 * c.baseline(), tip == null ? "." : "; ship the tip: " + tip));
                });
        for (AdoptionSummary.Breakdown b : a.bySegment()) {
            if (feature.targetSegments().contains(b.value()) && b.adoptionRate() < a.target()) {
                out.add(String.format(Locale.ROOT, "Promote it in the %s newsletter: adoption there is %.1f%% against a %.0f%% target.",
                        b.value(), 100 * b.adoptionRate(), 100 * a.target()));
            }
        }
        for (CampaignConversion c : campaigns) {
            if (c.significant48h() && c.within48h().value() > 0) {
                out.add(String.format(Locale.ROOT, "Repeat what worked: campaign %s converted %.0f%% within 48 h against %.0f%% in its"
                                + " control: %s.", c.campaignId(), 100 * c.contacted().rate48h(), 100 * c.control().rate48h(),
                        c.within48h().text()));
            }
        }
        boolean solved = metrics.stream().anyMatch(m -> m.improved() && (m.confidence() == Confidence.HIGH || m.confidence() == Confidence.MEDIUM));
        if (solved) {
            out.add("Tell the story: the feature moved what it was built to move; invest in the next iteration.");
        } else if (!metrics.isEmpty()) {
            out.add("Keep measuring: no success metric has moved with confidence yet.");
        }
        if (!a.aheadOfPace()) {
            out.add(String.format(Locale.ROOT, "Adoption is behind pace (%.1f%% against %.1f%%): reach the people who should be using it"
                    + " (Outreach screen).", 100 * a.adoptionRate(), 100 * a.pace()));
        }
        return out;
    }
}
