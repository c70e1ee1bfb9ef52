package org.uptake.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What limits a comparison of two windows, said once for adoption and struggles alike. */
public final class PeriodCaveats {

    private PeriodCaveats() {
    }

    /** What limits a comparison of these windows: one before launch, or windows that share days. */
    public static List<String> of(LocalDate launch, ComparedPeriods periods) {
        List<String> caveats = new ArrayList<>();
        for (Period p : List.of(periods.current(), periods.other())) {
            String which = p == periods.current() ? "the current window" : "the other window";
            if (p.to().isBefore(launch)) {
                caveats.add(which + " (" + p + ") ends before launch on " + launch + ": there is nothing to count in it");
            } else if (p.from().isBefore(launch)) {
                caveats.add(which + " (" + p + ") starts before launch on " + launch + ": it counts from launch, "
                        + (p.to().toEpochDay() - launch.toEpochDay() + 1) + " of its " + p.days() + " days");
            }
        }
        if (periods.current().overlaps(periods.other())) {
            caveats.add("the windows share days, so the same people and events count in both");
        }
        return caveats;
    }
}
