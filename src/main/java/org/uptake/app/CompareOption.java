package org.uptake.app;

import java.time.LocalDate;
import org.uptake.adoption.ComparedPeriods;
import org.uptake.adoption.Period;
import picocli.CommandLine.Option;

/** {@code --compare previous|YYYY-MM-DD..YYYY-MM-DD}: the window a command's figures are set against. */
final class CompareOption {

    @Option(names = "--compare", paramLabel = "previous|D..D", description = "Compare the window (default: the last 14 data days)"
            + " with the one just before it (previous) or with the days given (YYYY-MM-DD..YYYY-MM-DD): both windows, the"
            + " difference and its 95% interval.")
    String compare;

    boolean asked() {
        return compare != null;
    }

    /** Checks the value before the workspace opens; a bad one is bad usage. */
    void check(CommonOptions options) {
        if (compare != null && !ComparedPeriods.PREVIOUS.equalsIgnoreCase(compare.trim())) {
            if (!compare.trim().matches("\\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2}")) {
                throw options.usage("--compare is 'previous' or YYYY-MM-DD..YYYY-MM-DD, not '" + compare + "'");
            }
            try {
                Period.parse(compare);
            } catch (IllegalArgumentException e) {
                // A day that does not exist, or a window that ends before it starts: the period says which.
                throw options.usage("--compare " + compare + ": " + e.getMessage());
            }
        }
    }

    ComparedPeriods periods(WindowOptions dates, LocalDate lastDay) {
        return ComparedPeriods.of(dates.from, dates.to, compare, lastDay);
    }
}
