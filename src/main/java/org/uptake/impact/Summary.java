package org.uptake.impact;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.model.Feature;

/** The plain-language update a PM sends (the brief's "2-week update"), filled from the measured figures only. */
final class Summary {

    private Summary() {
    }

    static String write(Feature feature, AdoptionSummary a, FeatureParticipants participants, List<MetricImpact> metrics) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s, %d days after launch: adoption is at %.1f%% against a pace of %.1f%% (target %.0f%% at"
                        + " %d days), %s.", feature.name(), a.daysSinceLaunch(), 100 * a.adoptionRate(), 100 * a.pace(), 100 * a.target(),
                a.targetWithinDays(), a.aheadOfPace() ? "ahead of pace" : "behind pace"));
        if (!a.bySegment().isEmpty()) {
            s.append(' ').append(a.bySegment().stream().map(b -> String.format(Locale.ROOT, "%s %.1f%%", capital(b.value()),
                    100 * b.adoptionRate())).collect(Collectors.joining(", "))).append('.');
        }
        if (a.abandoned() > 0) {
            double mobile = ImpactAnalysis.mobileShareOfAbandoned(participants);
            s.append(String.format(Locale.ROOT, " %.1f%% of active people started and never finished", 100 * a.abandonmentRate()));
            if (!Double.isNaN(mobile) && mobile >= 0.5) {
                s.append(String.format(Locale.ROOT, ", %.0f%% of them on mobile", 100 * mobile));
            }
            s.append('.');
        }
        for (MetricImpact m : metrics) {
            s.append(' ').append(m.verdict());
        }
        return s.toString();
    }

    private static String capital(String v) {
        return v.length() <= 3 ? v.toUpperCase(Locale.ROOT) : Character.toUpperCase(v.charAt(0)) + v.substring(1);
    }
}
