package org.uptake.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uptake.workspace.AlertStore;

/**
 * The workspace's alerts: one per condition until the condition clears (so a rule that finds the
 * same thing every day raises it once), snoozed until a data day or dismissed, each change audited.
 */
public final class AlertBook {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AlertStore store;
    private final Clock clock;

    /** {@code clock} only stamps the audit trail; every day the book reasons about is a data day. */
    public AlertBook(AlertStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Takes what the rules found on data day {@code day}: new conditions become open alerts, known ones
     * keep their first day and show the latest figures, a snooze that ran out wakes, and an alert whose
     * condition is gone clears. Returns the alerts raised now.
     */
    public List<Alert> update(List<Finding> findings, LocalDate day) {
        Map<String, AlertStore.Row> live = new HashMap<>();
        store.live().forEach(r -> live.put(r.conditionKey(), r));
        List<AlertStore.Raised> raised = new ArrayList<>();
        List<AlertStore.Seen> seen = new ArrayList<>();
        List<AlertStore.Row> waking = new ArrayList<>();
        Set<String> holding = new HashSet<>();
        for (Finding f : findings) {
            if (!holding.add(f.conditionKey())) {
                continue;
            }
            AlertStore.Row known = live.get(f.conditionKey());
            if (known == null) {
                raised.add(new AlertStore.Raised(f.rule(), f.conditionKey(), f.featureKey(), f.accountKey(), f.headline(),
                        json(f.figures()), f.significance(), f.screen()));
                continue;
            }
            seen.add(new AlertStore.Seen(known.id(), f.headline(), json(f.figures()), f.significance()));
            if ("snoozed".equals(known.status()) && known.snoozedUntil() != null && day.isAfter(known.snoozedUntil())) {
                waking.add(known);
            }
        }
        // The new and the still-holding in one transaction (thousands at a million people); wakes and clears are few.
        Set<Long> ids = new HashSet<>(store.record(raised, seen, day, clock.instant()));
        waking.forEach(r -> store.wake(r.id(), day, clock.instant()));
        live.values().stream().filter(r -> !holding.contains(r.conditionKey())).forEach(r -> store.clear(r.id(), day, clock.instant()));
        return store.live().stream().filter(r -> ids.contains(r.id())).map(AlertBook::alert).toList();
    }

    /** Alerts whose condition still holds, whatever the analyst did with them. */
    public List<Alert> live() {
        return store.live().stream().map(AlertBook::alert).toList();
    }

    /** What a digest from {@code day} on covers: live alerts and those raised or cleared since. */
    public List<Alert> since(LocalDate day) {
        return store.relevantSince(day).stream().map(AlertBook::alert).toList();
    }

    public List<Alert> all() {
        return store.all().stream().map(AlertBook::alert).toList();
    }

    public long openCount() {
        return live().stream().filter(Alert::isOpen).count();
    }

    /** Hides the alert until the data has moved {@code days} days past {@code day}. */
    public void snooze(long id, int days, LocalDate day, String note) {
        if (days < 1) {
            throw new IllegalArgumentException("Snooze for at least one day (got " + days + ").");
        }
        store.snooze(id, day.plusDays(days), day, note, clock.instant());
    }

    /** Hides the alert until its condition clears; if it comes back after that, it is a new alert. */
    public void dismiss(long id, LocalDate day, String note) {
        store.dismiss(id, day, note, clock.instant());
    }

    public List<AlertStore.Audit> trail(long id) {
        return store.trail(id);
    }

    private static Alert alert(AlertStore.Row r) {
        return new Alert(r.id(), r.rule(), r.featureKey(), r.accountKey(), r.since(), r.lastSeen(), r.cleared(), r.headline(),
                figures(r.figures()), r.significance(), r.screen(), AlertStatus.of(r.status()), r.snoozedUntil(), r.raisedAt());
    }

    private static String json(Map<String, Object> figures) {
        try {
            return MAPPER.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an alert's figures", e);
        }
    }

    private static Map<String, Object> figures(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An alert's stored figures cannot be read: " + json, e);
        }
    }
}
