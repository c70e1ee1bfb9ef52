package org.uptake.extract;

import java.util.List;
import java.util.Locale;
import org.uptake.model.ExtractSource;
import org.uptake.model.Figures;

/**
 * A feature's adoption as the cluster counted it over every person, whole period: active people and adopters
 * overall, in the target audience and by segment, plan, role and main platform; the funnel's steps; abandoned
 * people; time to first use. A kind the extract did not carry (an older job) is empty or null, never zero.
 *
 * @param targetAudience null when the extract carries no target-audience cell
 * @param funnel empty when the feature has no funnel or the extract carries no step counts
 * @param abandoned null when the extract carries no count of abandoned people
 * @param timeToFirstUse null when the extract carries no first-use times (the target audience's likewise)
 */
public record ExactCounts(ExtractSource source, long activePeople, long adopters, Cell targetAudience, List<Cell> bySegment,
        List<Cell> byPlan, List<Cell> byRole, List<Cell> byPlatform, List<Step> funnel, Long abandoned, FirstUse timeToFirstUse,
        FirstUse targetTimeToFirstUse) {

    /** The funnel window the job counts steps in (ExactFigures.FUNNEL_WINDOW_DAYS in the Spark module). */
    public static final int FUNNEL_WINDOW_DAYS = 7;

    public ExactCounts {
        bySegment = List.copyOf(bySegment);
        byPlan = List.copyOf(byPlan);
        byRole = List.copyOf(byRole);
        byPlatform = List.copyOf(byPlatform);
        funnel = List.copyOf(funnel);
    }

    /** One value of an attribute (or the target audience): its active people and adopters. */
    public record Cell(String value, long activePeople, long adopters) {

        public double adoptionRate() {
            return activePeople == 0 ? 0 : adopters / (double) activePeople;
        }
    }

    /** People who reached a funnel step (1-based), its event named. */
    public record Step(int step, String event, long people) {
    }

    /** Days from the later of launch and sign-up to first use; left-censored adopters apart ({@code leftOut}). */
    public record FirstUse(int adopters, double medianDays, double p75Days, double within7Days, long leftOut) {

        /** "median 0.5 days, p75 1.3 days, 100% within 7 days", or "no adopters to measure"; what it leaves out after. */
        public String describe() {
            String measured = adopters == 0 ? "no adopters to measure" : "median " + Figures.days(medianDays) + ", p75 "
                    + Figures.days(p75Days) + ", " + Figures.percent(within7Days, 0) + " within 7 days";
            return measured + (leftOut > 0 ? "; leaves out " + Figures.count(leftOut) + " whose first use may predate the data" : "");
        }
    }

    /** True when the extract carries adoption by segment, plan, role or main platform. */
    public boolean hasBreakdowns() {
        return !(bySegment.isEmpty() && byPlan.isEmpty() && byRole.isEmpty() && byPlatform.isEmpty());
    }

    public double adoptionRate() {
        return activePeople == 0 ? 0 : adopters / (double) activePeople;
    }

    /** "bulk_opened 4 → bulk_saved 3 (75.0%) · abandoned 1", or empty without step counts. */
    public String funnelLine() {
        StringBuilder line = new StringBuilder();
        long previous = -1;
        for (Step s : funnel) {
            if (previous >= 0) {
                line.append(" → ");
            }
            line.append(s.event()).append(' ').append(Figures.count(s.people()));
            if (previous >= 0) {
                line.append(" (").append(Figures.percent(previous == 0 ? 0 : s.people() / (double) previous, 1)).append(')');
            }
            previous = s.people();
        }
        if (abandoned != null && !funnel.isEmpty()) {
            line.append(String.format(Locale.ROOT, " · abandoned %s (%s of active people)", Figures.count(abandoned),
                    Figures.percent(activePeople == 0 ? 0 : abandoned / (double) activePeople, 1)));
        }
        return line.toString();
    }
}
