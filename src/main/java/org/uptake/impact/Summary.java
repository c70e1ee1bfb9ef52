package org.uptake.impact;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.model.Feature;
import org.uptake.model.Figures;

/** The plain-language update a PM sends (the brief's "2-week update"), filled from the measured figures only. */
final class Summary {

    private Summary() {
    }

    static String write(Feature feature, AdoptionSummary a, FeatureParticipants participants, List<MetricImpact> metrics) {
        StringBuilder s = new StringBuilder();
        AdoptionSummary.TargetAudience audience = a.targetAudience();
        s.append(feature.name()).append(", ").append(a.daysSinceLaunch()).append(" days after launch: adoption ")
                .append(audience.isSegments() ? "in the target segments (" + audience.describe() + ") " : "").append("is at ")
                .append(Figures.percent(a.headlineRate(), 1)).append(" against a pace of ").append(Figures.percent(a.pace(), 1))
                .append(" (target ").append(Figures.percent(a.target(), 0)).append(" at ").append(a.targetWithinDays()).append(" days), ")
                .append(a.aheadOfPace() ? "ahead of pace" : "behind pace");
        if (audience.isSegments()) {
            s.append("; ").append(Figures.percent(a.adoptionRate(), 1)).append(" of all active people");
        }
        s.append('.');
        if (a.caveat() != null) {
            s.append(" Caveat: ").append(a.caveat()).append('.');
        }
        if (!a.bySegment().isEmpty()) {
            s.append(' ').append(a.bySegment().stream().map(b -> capital(b.value()) + " " + Figures.percent(b.adoptionRate(), 1))
                    .collect(Collectors.joining(", "))).append('.');
        }
        if (a.abandoned() > 0) {
            double mobile = ImpactAnalysis.mobileShareOfAbandoned(participants);
            s.append(' ').append(Figures.percent(a.abandonmentRate(), 1)).append(" of active people started and never finished");
            if (!Double.isNaN(mobile) && mobile >= 0.5) {
                s.append(", ").append(Figures.percent(mobile, 0)).append(" of them on mobile");
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
