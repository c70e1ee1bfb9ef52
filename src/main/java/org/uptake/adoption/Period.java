package org.uptake.adoption;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** A window of whole data days, first and last day included. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A period needs a first and a last day.");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after it starts: " + from + ".." + to + " ends before it starts.");
        }
    }

    /** The last {@code days} days up to and including {@code last}. */
    public static Period lastDays(LocalDate last, int days) {
        return new Period(last.minusDays(days - 1L), last);
    }

    /** "2026-02-01..2026-02-14", or a one-line message saying what is wrong. */
    public static Period parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\.\\.", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("A period is written YYYY-MM-DD..YYYY-MM-DD, not '" + text + "'.");
        }
        try {
            return new Period(LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A period is written YYYY-MM-DD..YYYY-MM-DD, not '" + text + "'.");
        }
    }

    /** How many days it holds. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    public boolean overlaps(Period other) {
        return !to.isBefore(other.from) && !other.to.isBefore(from);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
