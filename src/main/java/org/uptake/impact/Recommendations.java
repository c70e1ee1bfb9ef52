package org.uptake.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.model.Feature;
import org.uptake.model.Figures;
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
        // The same verdict the adoption table prints beside each segment (AdoptionSummary.standing), so the two never disagree.
        for (AdoptionSummary.Breakdown b : a.bySegment()) {
            if (!feature.targetSegments().contains(b.value())) {
                continue;
            }
            AdoptionSummary.Standing standing = a.standing(b.adoptionRate());
            String pace = "the pace by now is " + Figures.percent(a.pace(), 1) + ", the target " + Figures.percent(a.target(), 0) + " within "
                    + a.targetWithinDays() + " days";
            if (standing == AdoptionSummary.Standing.BEHIND_PACE) {
                out.add("Promote it in the " + b.value() + " newsletter: adoption there is " + Figures.percent(b.adoptionRate(), 1)
                        + ", behind pace (" + pace + ").");
            } else if (standing == AdoptionSummary.Standing.ON_PACE) {
                out.add("Keep promoting it in the " + b.value() + " newsletter: adoption there is " + Figures.percent(b.adoptionRate(), 1)
                        + ", on pace but not yet at target (" + pace + ").");
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
            out.add("Adoption is behind pace (" + Figures.percent(a.headlineRate(), 1) + " of " + a.targetAudience().describe() + " against "
                    + Figures.percent(a.pace(), 1) + "): reach the people who should be using it (Outreach screen).");
        }
        return out;
    }
}
