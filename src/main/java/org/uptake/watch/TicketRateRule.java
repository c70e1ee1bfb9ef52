package org.uptake.watch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;
import org.uptake.model.Figures;
import org.uptake.model.SignalKind;
import org.uptake.struggle.StruggleReport;

/**
 * More of a feature's active people file tickets about it than in the previous period: the rate rises
 * by at least the threshold (a share), and a two-proportion test says it is unlikely to be chance.
 */
public final class TicketRateRule extends FeatureRule {

    public static final String NAME = "ticket-rate";
    /** Fewer ticket filers than this in the current period carry no claim, whatever the test says. */
    static final int MIN_FILERS = 5;

    public TicketRateRule() {
        super(NAME);
    }

    @Override
    List<Finding> judge(Feature f, WatchedData data) {
        WatchSettings s = data.settings();
        ShareChange c = ShareChange.ofStruggles(data, f, r -> r.peopleByKind().get(SignalKind.TICKET), StruggleReport::activePeople);
        if (c == null || c.hits() < MIN_FILERS || c.people() == 0 || c.share() < c.previousShare() * (1 + s.ticketRise())) {
            return List.of();
        }
        double p = c.pRise();
        if (p >= s.alpha()) {
            return List.of();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("ticketFilers", (int) c.hits());
        figures.put("activePeople", (int) c.people());
        figures.put("rate", c.share());
        figures.put("previousTicketFilers", (int) c.previousHits());
        figures.put("previousActivePeople", (int) c.previousPeople());
        figures.put("previousRate", c.previousShare());
        return found(f, "Tickets about " + f.name() + " are rising: " + Figures.count(c.hits()) + " people filed one in the last "
                + s.periodDays() + " days (" + Figures.percent(c.share(), 1) + " of active people), against "
                + Figures.count(c.previousHits()) + " (" + Figures.percent(c.previousShare(), 1) + ") before",
                figures, p, ShareChange.TEST, "Struggles");
    }
}
