package org.uptake.watch;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Feature;
import org.uptake.struggle.EarlyWarning;

/**
 * The team's digest as of a data day: the alerts since a day, and per feature the share of ticket
 * filers who struggled visibly first. Rendered as Markdown, HTML or PDF, and as {@code --json}.
 */
public record Digest(String workspace, LocalDate asOf, LocalDate since, List<Alert> alerts, List<ProactiveFigure> proactive) {

    public Digest {
        alerts = List.copyOf(alerts);
        proactive = List.copyOf(proactive);
    }

    /** The proactive figure of every feature over the rolling window ending on the data day. */
    static List<ProactiveFigure> proactive(WatchedData data) {
        List<ProactiveFigure> figures = new ArrayList<>();
        for (Feature f : data.features()) {
            EarlyWarning w = data.strugglesRolling(f.key()).earlyWarning();
            List<Double> ahead = w.people().stream().filter(EarlyWarning.Row::detectedBefore)
                    .map(r -> Duration.between(r.firstSignalAt(), r.ticketAt()).toMinutes() / 1440.0).sorted().toList();
            LocalDate from = data.asOf().minusDays(data.settings().proactiveDays() - 1L);
            figures.add(new ProactiveFigure(f.key(), f.name(), from.isBefore(f.launchedAt()) ? f.launchedAt() : from, data.asOf(),
                    w.ticketPeople(), w.detectedBefore(), w.share(), median(ahead)));
        }
        return figures;
    }

    /** The middle value, or the mean of the two middle ones (DESIGN §5's median); null for none. */
    static Double median(List<Double> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public long openAlerts() {
        return alerts.stream().filter(Alert::isOpen).count();
    }
}
