package org.uptake.struggle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.uptake.adoption.Participant;
import org.uptake.model.Feature;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * Tickets about the feature (DESIGN §5): tagged with its key or name (even when a success metric
 * counts the same tag), or close in meaning to its name, problem or a paragraph of its brief. Other
 * tickets carrying a success metric's tags are left out: they count the problem the feature was
 * built to solve (e.g. "can't find my revenue chart"), not trouble with the feature itself.
 */
final class TicketDetector {

    /** A ticket tied to the feature, and why. */
    record Match(Ticket ticket, String reason) {
    }

    private final TextSimilarity similarity;
    private final double threshold;

    TicketDetector(TextSimilarity similarity, Double threshold) {
        this.similarity = similarity;
        this.threshold = threshold == null ? similarity.defaultThreshold() : threshold;
    }

    /** Another feature of the workspace, in its own words: a ticket closer to it is its, not ours. */
    record Other(Feature feature, String brief) {
    }

    List<Match> match(Feature feature, String brief, List<Ticket> tickets) {
        return match(feature, brief, tickets, List.of());
    }

    /**
     * The tickets about the feature. A ticket tagged for another feature (its key, name or a success
     * metric's tags) is that feature's; an untagged one belongs to the feature its text is closest to.
     */
    List<Match> match(Feature feature, String brief, List<Ticket> tickets, List<Other> others) {
        // Each tag told once: tens of thousands of tickets carry a few dozen tags, and norm is a regular expression.
        Map<String, String> normed = new HashMap<>();
        java.util.function.Function<String, String> norm = t -> normed.computeIfAbsent(t, TicketDetector::norm);
        Set<String> featureTags = new HashSet<>(List.of(norm(feature.key()), norm(feature.name())));
        Set<String> metricTags = new HashSet<>();
        feature.successMetrics().forEach(m -> m.ticketTags().forEach(t -> metricTags.add(norm(t))));
        Set<String> otherTags = new HashSet<>();
        for (Other o : others) {
            otherTags.add(norm(o.feature().key()));
            otherTags.add(norm(o.feature().name()));
            o.feature().successMetrics().forEach(m -> m.ticketTags().forEach(t -> otherTags.add(norm(t))));
        }
        otherTags.removeAll(featureTags);
        List<Ticket> candidates = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        for (Ticket t : tickets) {
            // The feature's own key or name as a tag wins, even when a success metric counts the same tag.
            String tag = t.tags().stream().filter(x -> featureTags.contains(norm.apply(x))).findFirst().orElse(null);
            if (tag != null) {
                matches.add(new Match(t, "tagged " + tag));
                continue;
            }
            List<String> tags = t.tags().stream().map(norm).toList();
            if (tags.stream().noneMatch(metricTags::contains) && tags.stream().noneMatch(otherTags::contains)) {
                candidates.add(t);
            }
        }
        List<String> texts = candidates.stream().map(Ticket::text).toList();
        List<List<String>> sets = new ArrayList<>();
        sets.add(passages(feature, brief));
        others.forEach(o -> sets.add(passages(o.feature(), o.brief())));
        double[][] all = similarity.bestMatches(sets, texts);
        double[] scores = all[0];
        double[] closestOther = new double[scores.length];
        for (int set = 1; set < all.length; set++) {
            for (int i = 0; i < scores.length; i++) {
                closestOther[i] = Math.max(closestOther[i], all[set][i]);
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= threshold && scores[i] >= closestOther[i]) {
                matches.add(new Match(candidates.get(i), String.format(Locale.ROOT, "text similarity %.2f", scores[i])));
            }
        }
        matches.sort((a, b) -> a.ticket().createdAt().compareTo(b.ticket().createdAt()));
        return matches;
    }

    List<Signal> signals(List<Match> matches, Map<Integer, Participant> people) {
        List<Signal> signals = new ArrayList<>();
        for (Match m : matches) {
            Participant p = people.get(m.ticket().personId());
            if (p != null) {
                signals.add(new Signal(SignalKind.TICKET, p.personId(), p.userId(), m.ticket().createdAt(),
                        "ticket " + m.ticket().ticketId() + ": " + m.ticket().subject() + " (" + m.reason() + ")",
                        List.of(Evidences.of(m.ticket()))));
            }
        }
        return signals;
    }

    /** The feature in its own words: name and problem, then each paragraph of the brief. */
    static List<String> passages(Feature feature, String brief) {
        List<String> passages = new ArrayList<>();
        passages.add(feature.name() + ". " + (feature.problem() == null ? "" : feature.problem()));
        for (String paragraph : brief.split("\\n\\s*\\n")) {
            String text = paragraph.replaceAll("(?m)^#+\\s*", "").replaceAll("[*_`>]", "").replaceAll("\\s+", " ").trim();
            if (text.length() >= 40) {
                passages.add(text);
            }
        }
        return passages;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).trim().replaceAll("[\\s_]+", "-");
    }
}
