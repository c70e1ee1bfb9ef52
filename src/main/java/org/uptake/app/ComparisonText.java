package org.uptake.app;

import java.util.List;
import org.uptake.adoption.Period;
import org.uptake.adoption.RateComparison;

/** A comparison of two windows as the commands print it: one line per figure, then the method and the caveats. */
final class ComparisonText {

    private ComparisonText() {
    }

    static String of(String title, Period current, Period other, List<RateComparison> figures, List<String> definitions,
            String method, List<String> caveats) {
        StringBuilder t = new StringBuilder(String.format("%s — %s (%d days) against %s (%d days)%n", title, current, current.days(),
                other, other.days()));
        t.append(String.format("%-20s %-26s %-26s %s%n", "", "current", "other", "difference"));
        for (RateComparison f : figures) {
            t.append(String.format("%-20s %-26s %-26s %s%n", f.name(), f.current().describe(), f.other().describe(),
                    f.describeDifference()));
        }
        definitions.forEach(d -> t.append(d).append('\n'));
        t.append(method);
        caveats.forEach(c -> t.append("\nCaveat: ").append(c).append('.'));
        return t.toString();
    }
}
