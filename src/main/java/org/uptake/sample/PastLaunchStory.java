package org.uptake.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Adds a person's use of the past launches to their timeline. The events go into sessions the person
 * already had, on their main platform, with ids from a random stream of their own: no active day,
 * session, platform or other event of the story changes.
 */
final class PastLaunchStory {

    private PastLaunchStory() {
    }

    static PersonTimeline add(PersonTimeline timeline, long seed) {
        List<SampleEvent> events = timeline.events();
        String main = mainPlatform(events);
        // Each signed-in session on the main platform, by its first event.
        Map<String, SampleEvent> sessions = new LinkedHashMap<>();
        for (SampleEvent e : events) {
            if (!e.anonymous() && e.platform().equals(main)) {
                sessions.putIfAbsent(e.sessionId(), e);
            }
        }
        SplittableRandom random = Rng.forPerson(seed, timeline.person().index(), Rng.PAST_LAUNCHES);
        List<SampleEvent> added = new ArrayList<>();
        for (PastLaunch launch : PastLaunch.ALL) {
            long from = ScenarioDates.startOf(launch.feature().launchedAt());
            List<SampleEvent> after = sessions.values().stream().filter(e -> e.ts() >= from).toList();
            boolean adopts = random.nextDouble() < launch.chance(timeline.person().segment());
            if (!adopts || after.isEmpty()) {
                continue;
            }
            int first = (int) Math.min(after.size() - 1, Math.floor(-Math.log(1 - random.nextDouble()) * launch.meanSessions()));
            for (int i = first; i < after.size(); i++) {
                if (i == first || random.nextDouble() < launch.reuse()) {
                    SampleEvent start = after.get(i);
                    long ts = start.ts() + 1_000 + random.nextInt(20_000);
                    // Same day as the session's first event: an added event never makes a day active.
                    if (Math.floorDiv(ts, ScenarioDates.DAY) == Math.floorDiv(start.ts(), ScenarioDates.DAY)) {
                        added.add(new SampleEvent(Rng.hexId(random), ts, launch.event(), start.platform(), start.sessionId(), null,
                                Map.of(), false));
                    }
                }
            }
        }
        if (added.isEmpty()) {
            return timeline;
        }
        List<SampleEvent> all = new ArrayList<>(events);
        all.addAll(added);
        all.sort(Comparator.comparingLong(SampleEvent::ts));
        return new PersonTimeline(timeline.person(), timeline.role(), all, timeline.tickets());
    }

    /** The platform most of the person's events came from, ties to the first name as the analysis breaks them. */
    static String mainPlatform(List<SampleEvent> events) {
        Map<String, Integer> counts = new TreeMap<>();
        events.forEach(e -> counts.merge(e.platform(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("web");
    }
}
