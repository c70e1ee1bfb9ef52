package org.uptake.struggle;

import java.util.List;

/**
 * The brief's early-warning figure: of the people who filed a ticket about the feature, how many
 * struggled visibly (rage clicks, undo loops, errors, an abandoned attempt once its window ran out)
 * before their first such ticket.
 */
public record EarlyWarning(int ticketPeople, int detectedBefore, double share, List<Row> people) {

    /** One ticket filer: their first ticket about the feature and their first signal before it (null: none). */
    public record Row(String userId, String ticketId, java.time.Instant ticketAt, java.time.Instant firstSignalAt,
            String firstSignal) {
        public boolean detectedBefore() {
            return firstSignalAt != null;
        }
    }

    public EarlyWarning {
        people = List.copyOf(people);
    }
}
