package org.uptake.watch;

import java.time.LocalDate;

/**
 * The seed's "proactive" metric for one feature over the digest's rolling window: of the people who
 * filed a ticket about it, how many struggled visibly first, and the median days from that first
 * visible struggle to the ticket (null when nobody did).
 */
public record ProactiveFigure(String feature, String name, LocalDate from, LocalDate to, int ticketFilers, int struggledFirst,
        double share, Double medianDaysAhead) {
}
