package org.uptake.watch;

import java.util.Map;
import java.util.stream.Collectors;
import org.uptake.model.Figures;

/** The digest's sentences, shared by the Markdown, HTML and PDF renderings and the Alerts panel. */
public final class DigestText {

    private DigestText() {
    }

    public static String title(Digest d) {
        return "Uptake digest — " + d.workspace() + ", data to " + d.asOf();
    }

    public static String summary(Digest d) {
        long open = d.openAlerts();
        return (d.since() == null ? "All alerts" : "Alerts since " + d.since()) + ": " + Figures.count(d.alerts().size()) + " ("
                + Figures.count(open) + " open). Days are data days: the workspace's last event day is " + d.asOf()
                + ". Nothing here was sent to anyone in the data.";
    }

    /** "open since 2026-03-09 · last seen 2026-03-16 · p < 0.001 (…) · see Struggles". */
    public static String status(Alert a) {
        StringBuilder s = new StringBuilder(a.status().label());
        if (a.status() == AlertStatus.SNOOZED && a.snoozedUntil() != null) {
            s.append(" until ").append(a.snoozedUntil());
        }
        s.append(" · since ").append(a.since());
        if (a.cleared() != null) {
            s.append(" · cleared ").append(a.cleared());
        } else if (!a.lastSeen().equals(a.since())) {
            s.append(" · still on ").append(a.lastSeen());
        }
        s.append(" · ").append(a.significance()).append(" · see ").append(a.screen());
        return s.toString();
    }

    /** The figures as "adoptionRate 12.0% · pace 20.0% · adopters 40". */
    public static String figures(Alert a) {
        return a.figures().entrySet().stream().map(DigestText::figure).collect(Collectors.joining(" · "));
    }

    private static String figure(Map.Entry<String, Object> e) {
        Object v = e.getValue();
        String key = e.getKey();
        String text;
        if (v instanceof Double d && (key.toLowerCase().contains("rate") || key.toLowerCase().contains("share") || key.equals("pace")
                || key.equals("target") || key.equals("baseline") || key.equals("change"))) {
            text = key.equals("change") ? Figures.signedPercent(d, 1) : Figures.percent(d, 1);
        } else if (v instanceof Double d) {
            text = d < 0.001 && d > 0 ? "< 0.001" : Figures.decimal(d, 3);
        } else if (v instanceof Number n) {
            text = Figures.count(n.longValue());
        } else {
            text = String.valueOf(v);
        }
        return key + " " + text;
    }

    /** "12 of 20 ticket filers (60%) struggled visibly first, a median 2.5 days before the ticket". */
    public static String proactive(ProactiveFigure p) {
        if (p.ticketFilers() == 0) {
            return "no tickets about it from " + p.from() + " to " + p.to();
        }
        String ahead = p.medianDaysAhead() == null ? "" : ", a median " + Figures.decimal(p.medianDaysAhead(), 1) + " days before the ticket";
        return Figures.count(p.struggledFirst()) + " of " + Figures.count(p.ticketFilers()) + " ticket filers ("
                + Figures.percent(p.share(), 0) + ") struggled visibly first" + ahead + " (" + p.from() + " to " + p.to() + ")";
    }
}
