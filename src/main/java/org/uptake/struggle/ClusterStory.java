package org.uptake.struggle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * What a cluster's struggling people show, told in plain words: the short label ("mobile users ·
 * abandoned attempts · rage clicks on widget_drag_handle"), the headline ("Mobile users abandon at
 * widget_moved and rage-click widget_drag_handle: 32% struggle vs 15%"), and the signal a tip can
 * follow from. The signals describe the group; they never define it.
 */
record ClusterStory(String label, String headline, SignalKind mainSignal, String mainTarget) {

    static ClusterStory of(List<ClusterAttribute> attributes, List<StrugglingPerson> people, double share, double baseline) {
        Map<SignalKind, Integer> kinds = new EnumMap<>(SignalKind.class);
        people.forEach(s -> s.kinds().forEach(k -> kinds.merge(k, 1, Integer::sum)));
        List<SignalKind> shown = kinds.entrySet().stream()
                .sorted(Map.Entry.<SignalKind, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .filter(e -> e.getValue() * 2 >= people.size()).map(Map.Entry::getKey).limit(2).toList();
        List<String> labelParts = new ArrayList<>(attributes.stream().map(ClusterAttribute::phrase).toList());
        List<String> verbs = new ArrayList<>();
        for (SignalKind k : shown) {
            String target = top(k, people);
            labelParts.add(noun(k, target));
            verbs.add(verb(k, target));
        }
        String headline = String.format(Locale.ROOT, "%s %s: %.0f%% struggle vs %.0f%%", who(attributes),
                verbs.isEmpty() ? "struggle in many ways" : String.join(" and ", verbs), 100 * share, 100 * baseline);
        SignalKind main = kinds.entrySet().stream().filter(e -> e.getKey() != SignalKind.ABANDONED)
                .max(Map.Entry.<SignalKind, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(kinds.isEmpty() ? null : SignalKind.ABANDONED);
        return new ClusterStory(String.join(" · ", labelParts), headline, main, main == null ? null : top(main, people));
    }

    /** "Managers on smb accounts", "Mobile users on the pro plan", "People trying it on mobile". */
    static String who(List<ClusterAttribute> attributes) {
        List<ClusterAttribute> rest = new ArrayList<>(attributes);
        String subject = "People";
        ClusterAttribute role = find(rest, ClusterAttribute.ROLE);
        ClusterAttribute platform = find(rest, ClusterAttribute.MAIN_PLATFORM);
        if (role != null) {
            subject = Character.toUpperCase(role.value().charAt(0)) + role.value().substring(1) + "s";
            rest.remove(role);
        } else if (platform != null) {
            subject = platform.subject();
            rest.remove(platform);
        }
        List<String> words = new ArrayList<>(List.of(subject));
        rest.forEach(a -> words.add(a.qualifier()));
        return String.join(" ", words);
    }

    private static ClusterAttribute find(List<ClusterAttribute> attributes, String attribute) {
        return attributes.stream().filter(a -> a.attribute().equals(attribute)).findFirst().orElse(null);
    }

    /** The element most of the kind's signals point at (rage clicks, errors) or the step most stopped at (abandonment). */
    /** The step number after an abandoned attempt's step name: compiled once, not once for each signal of each cluster. */
    private static final java.util.regex.Pattern STEP_SUFFIX = java.util.regex.Pattern.compile(" \\(step .*$");

    static String top(SignalKind kind, List<StrugglingPerson> people) {
        Map<String, Integer> counts = new HashMap<>();
        for (StrugglingPerson p : people) {
            p.signals().stream().filter(s -> s.kind() == kind).map(s -> where(kind, s)).filter(Objects::nonNull).distinct()
                    .forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String where(SignalKind kind, Signal s) {
        return switch (kind) {
            case RAGE_CLICKS -> s.evidence().stream().map(e -> e.target()).filter(Objects::nonNull).findFirst().orElse(null);
            case ERROR -> s.evidence().stream().map(e -> e.name()).filter(n -> n != null && EventKinds.isError(n)).findFirst()
                    .orElse(s.evidence().isEmpty() ? null : s.evidence().get(0).name());
            case ABANDONED -> s.detail().startsWith("stopped at ") ? STEP_SUFFIX.matcher(s.detail().substring(11)).replaceFirst("") : null;
            default -> null;
        };
    }

    private static String noun(SignalKind kind, String target) {
        return switch (kind) {
            case RAGE_CLICKS -> target == null ? "rage clicks" : "rage clicks on " + target;
            case ERROR -> target == null ? "errors" : "errors (" + target + ")";
            case UNDO_LOOP -> "undo/redo loops";
            case TICKET -> "support tickets";
            case ABANDONED -> "abandoned attempts";
            case WORKAROUND -> "workarounds";
        };
    }

    private static String verb(SignalKind kind, String target) {
        return switch (kind) {
            case RAGE_CLICKS -> target == null ? "rage-click" : "rage-click " + target;
            case ERROR -> target == null ? "hit errors" : "hit " + target;
            case UNDO_LOOP -> "loop through undo and redo";
            case TICKET -> "file tickets about it";
            case ABANDONED -> target == null ? "abandon it" : "abandon at " + target;
            case WORKAROUND -> "keep the old way";
        };
    }
}
