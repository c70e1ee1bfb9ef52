package org.uptake.struggle;

import it.unimi.dsi.fastutil.ints.Int2ObjectMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.adoption.Participant;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

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

    /** The figure from each participant's signals, time-ordered: the first ticket against the first signal before it. */
    static EarlyWarning of(FeatureParticipants all, Int2ObjectMap<List<Signal>> byPerson) {
        List<EarlyWarning.Row> rows = new ArrayList<>();
        for (Participant p : all.active()) {
            List<Signal> own = byPerson.getOrDefault(p.personId(), List.of());
            if (own.isEmpty()) {
                continue;
            }
            Signal ticket = own.stream().filter(s -> s.kind() == SignalKind.TICKET).min(Comparator.comparing(Signal::at)).orElse(null);
            if (ticket == null) {
                continue;
            }
            Signal before = own.stream()
                    .filter(s -> s.kind() != SignalKind.TICKET && s.kind() != SignalKind.WORKAROUND && s.at().isBefore(ticket.at()))
                    .min(Comparator.comparing(Signal::at)).orElse(null);
            rows.add(new EarlyWarning.Row(p.userId(), ticket.evidence().get(0).name(), ticket.at(),
                    before == null ? null : before.at(), before == null ? null : before.kind().label() + ": " + before.detail()));
        }
        rows.sort(Comparator.comparing(EarlyWarning.Row::ticketAt));
        int detected = (int) rows.stream().filter(EarlyWarning.Row::detectedBefore).count();
        return new EarlyWarning(rows.size(), detected, rows.isEmpty() ? 0 : detected / (double) rows.size(), rows);
    }
}
