package org.uptake.gui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.uptake.model.Figures;

/** The days a count covers, in one wording for every people list ("from 2 Mar to 16 Mar 2026"). */
public final class Periods {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Figures.LOCALE);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Figures.LOCALE);

    private Periods() {
    }

    /** "from 2 Mar to 16 Mar 2026" (the year once when both days share it); "" when either day is unknown. */
    public static String between(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return "";
        }
        return "from " + (from.getYear() == to.getYear() ? DAY : DAY_YEAR).format(from) + " to " + DAY_YEAR.format(to);
    }
}
