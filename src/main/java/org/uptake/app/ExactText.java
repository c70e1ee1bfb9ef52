package org.uptake.app;

import org.uptake.extract.ExactCounts;
import org.uptake.model.Figures;

/** The cluster's exact adoption figures as the command line prints them, before the sample's. */
final class ExactText {

    private ExactText() {
    }

    /** @param narrowed whether --from/--to narrow the sample's figures (the cluster's stay whole-period) */
    static String of(ExactCounts c, boolean narrowed) {
        StringBuilder t = new StringBuilder("Counted exactly on the cluster" + (narrowed ? ", whole period (not the dates chosen)" : "") + ":");
        if (c.targetAudience() != null) {
            t.append(String.format(Figures.LOCALE, "%n  %-14s %-16s %6s  (%s of %s)", "target", "audience",
                    Figures.percent(c.targetAudience().adoptionRate(), 1), Figures.count(c.targetAudience().adopters()),
                    Figures.count(c.targetAudience().activePeople())));
        }
        cells(t, "segment", c.bySegment());
        cells(t, "plan", c.byPlan());
        cells(t, "role", c.byRole());
        cells(t, "main platform", c.byPlatform());
        if (!c.funnel().isEmpty()) {
            t.append(String.format("%n  funnel (%d-day window)  %s", ExactCounts.FUNNEL_WINDOW_DAYS, c.funnelLine()));
        }
        if (c.timeToFirstUse() != null) {
            t.append("\n  time to first use  ").append(c.timeToFirstUse().describe());
        }
        return t.toString();
    }

    private static void cells(StringBuilder t, String attribute, java.util.List<ExactCounts.Cell> cells) {
        for (ExactCounts.Cell c : cells) {
            t.append(String.format(Figures.LOCALE, "%n  %-14s %-16s %6s  (%s of %s)", attribute, c.value(), Figures.percent(c.adoptionRate(), 1),
                    Figures.count(c.adopters()), Figures.count(c.activePeople())));
        }
    }
}
