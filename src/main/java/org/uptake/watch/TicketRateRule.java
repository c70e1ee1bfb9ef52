package org.uptake.watch;

import java.util.ArrayList;
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
public final class TicketRateRule implements AlertRule {

    public static final String NAME = "ticket-rate";
    /** Fewer ticket filers than this in the current period carry no claim, whatever the test says. */
    static final int MIN_FILERS = 5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> evaluate(WatchedData data) {
        WatchSettings s = data.settings();
        List<Finding> found = new ArrayList<>();
        for (Feature f : data.features()) {
            StruggleReport before = data.strugglesBefore(f);
            if (before == null || before.activePeople() < s.minPeople()) {
                continue;
            }
            StruggleReport now = data.strugglesNow(f.key());
            int filers = now.peopleByKind().get(SignalKind.TICKET);
            int earlier = before.peopleByKind().get(SignalKind.TICKET);
            if (filers < MIN_FILERS || now.activePeople() == 0) {
                continue;
            }
            double rateNow = filers / (double) now.activePeople();
            double rateBefore = earlier / (double) before.activePeople();
            if (rateNow < rateBefore * (1 + s.ticketRise())) {
                continue;
            }
            double p = Significance.higher(filers, now.activePeople(), earlier, before.activePeople());
            if (p >= s.alpha()) {
                continue;
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("ticketFilers", filers);
            figures.put("activePeople", now.activePeople());
            figures.put("rate", rateNow);
            figures.put("previousTicketFilers", earlier);
            figures.put("previousActivePeople", before.activePeople());
            figures.put("previousRate", rateBefore);
            found.add(new Finding(NAME, NAME + ":" + f.key(), f.key(), null,
                    "Tickets about " + f.name() + " are rising: " + Figures.count(filers) + " people filed one in the last "
                            + s.periodDays() + " days (" + Figures.percent(rateNow, 1) + " of active people), against "
                            + Figures.count(earlier) + " (" + Figures.percent(rateBefore, 1) + ") before",
                    figures, p, Significance.describe(p, "two-proportion z-test, one-sided"), "Struggles"));
        }
        return found;
    }
}
