package org.uptake.struggle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.uptake.adoption.Participant;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * Rage clicks (DESIGN §5): at least {@code rageClicks} clicks on the same target within
 * {@code rageWindowMs} of the first, and, where the events carry x/y coordinates, within
 * {@code rageDistancePx} of it. One signal per burst; a burst's clicks are not counted twice.
 * Targets where repeated clicks are normal (the feature's and the workspace's {@code rageClickIgnore})
 * never make a burst.
 */
final class RageClickDetector {

    private final StruggleSettings settings;
    private final List<Pattern> ignored = new ArrayList<>();
    private final Map<String, Boolean> ignoredTargets = new java.util.HashMap<>();

    RageClickDetector(StruggleSettings settings, List<String> featureIgnores) {
        this.settings = settings;
        java.util.stream.Stream.concat(featureIgnores.stream(), settings.rageClickIgnore().stream()).map(RageClickDetector::glob)
                .forEach(ignored::add);
    }

    /** "zoom*" matches zoom_in and Zoom-Out: case does not matter, {@code *} stands for any text. */
    static Pattern glob(String target) {
        String regex = java.util.Arrays.stream(target.trim().split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean ignores(String target) {
        // Told once per target: a window's clicks name a few dozen targets, and the patterns are regular expressions.
        return ignoredTargets.computeIfAbsent(target, t -> ignored.stream().anyMatch(p -> p.matcher(t).matches()));
    }

    List<Signal> detect(Participant person, List<ContextEvent> events) {
        Map<String, List<ContextEvent>> byTarget = null;
        for (int k = 0; k < events.size(); k++) {
            ContextEvent e = events.get(k);
            if (e.target() != null && EventKinds.isClick(e.name()) && !ignores(e.target())) {
                if (byTarget == null) {
                    byTarget = new LinkedHashMap<>();
                }
                byTarget.computeIfAbsent(e.target(), t -> new ArrayList<>()).add(e);
            }
        }
        if (byTarget == null) {
            return List.of();
        }
        List<Signal> signals = new ArrayList<>();
        byTarget.forEach((target, clicks) -> {
            if (clicks.size() < settings.rageClicks()) {
                // Too few clicks on this target for any burst.
                return;
            }
            // Each click's coordinates read once: a burst is tried from every click, over the clicks after it.
            double[] xs = new double[clicks.size()];
            double[] ys = new double[clicks.size()];
            for (int k = 0; k < clicks.size(); k++) {
                double[] point = clicks.get(k).point();
                xs[k] = point[0];
                ys[k] = point[1];
            }
            int i = 0;
            while (i < clicks.size()) {
                List<ContextEvent> burst = burstFrom(clicks, xs, ys, i);
                if (burst.size() >= settings.rageClicks()) {
                    ContextEvent last = burst.get(burst.size() - 1);
                    signals.add(new Signal(SignalKind.RAGE_CLICKS, person.personId(), person.userId(), Instant.ofEpochMilli(last.ts()),
                            String.format("%d clicks in %.1f s on %s", burst.size(), (last.ts() - burst.get(0).ts()) / 1000.0, target),
                            Evidences.of(burst)));
                    i = clicks.indexOf(last) + 1;
                } else {
                    i++;
                }
            }
        });
        if (signals.isEmpty()) {
            return List.of();
        }
        signals.sort((a, b) -> a.at().compareTo(b.at()));
        return signals;
    }

    /** The clicks from {@code start} on that stay within the time window and distance of the first ({@code xs}, {@code ys}: each click's coordinates or NaN). */
    private List<ContextEvent> burstFrom(List<ContextEvent> clicks, double[] xs, double[] ys, int start) {
        ContextEvent first = clicks.get(start);
        double x0 = xs[start];
        double y0 = ys[start];
        List<ContextEvent> burst = new ArrayList<>();
        burst.add(first);
        for (int j = start + 1; j < clicks.size(); j++) {
            ContextEvent next = clicks.get(j);
            if (next.ts() - first.ts() > settings.rageWindowMs()) {
                break;
            }
            double x = xs[j];
            double y = ys[j];
            boolean located = !Double.isNaN(x0) && !Double.isNaN(y0) && !Double.isNaN(x) && !Double.isNaN(y);
            if (!located || Math.hypot(x - x0, y - y0) <= settings.rageDistancePx()) {
                burst.add(next);
            }
        }
        return burst;
    }
}
