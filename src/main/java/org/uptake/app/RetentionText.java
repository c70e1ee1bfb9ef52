package org.uptake.app;

import java.util.List;
import org.uptake.adoption.AdopterRetention;
import org.uptake.model.Figures;

/** The retention part of {@code adoption --retention}'s text: the cohort triangle and stickiness week by week. */
final class RetentionText {

    private RetentionText() {
    }

    static String of(AdopterRetention r) {
        StringBuilder t = new StringBuilder("Who stays: adopters still using it k weeks after the week they adopted (blank: week not over)\n");
        int width = r.cohorts().stream().mapToInt(c -> c.shares().size()).max().orElse(0);
        t.append(String.format(Figures.LOCALE, "  %-10s %8s", "adopted", "adopters"));
        for (int k = 0; k < width; k++) {
            t.append(String.format(Figures.LOCALE, " %5s", "w" + k));
        }
        t.append('\n');
        for (AdopterRetention.Cohort c : r.cohorts()) {
            t.append(String.format(Figures.LOCALE, "  %-10s %8s", c.weekStart(), Figures.count(c.adopters())));
            for (Double share : c.shares()) {
                t.append(String.format(Figures.LOCALE, " %5s", share == null ? "" : Figures.percent(share, 0)));
            }
            t.append('\n');
        }
        List<String> weeks = r.weeks().stream().map(w -> w.start() + " " + Figures.percent(w.stickiness(), 0)).toList();
        t.append("Stickiness (adopters using it that week ÷ adopters so far): ").append(weeks.isEmpty() ? "no complete week yet"
                : String.join(" · ", weeks));
        if (r.caveat() != null) {
            t.append("\nCaveat: ").append(r.caveat()).append('.');
        }
        return t.toString();
    }
}
