package org.uptake.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Counts a past launch's adoption curve from the generated rows, for {@code truth.json}: at 7, 14,
 * 30, 60 and 90 days after launch, the target audience active since launch (an event on or after
 * the launch day, up to that day) and the adopters among them; a day past the data's end is censored.
 */
final class PastLaunchTally {

    static final List<Integer> HORIZONS = List.of(7, 14, 30, 60, 90);

    private final PastLaunch launch;
    private final long launchDay;
    private final int[] active = new int[HORIZONS.size()];
    private final int[] adopters = new int[HORIZONS.size()];

    PastLaunchTally(PastLaunch launch) {
        this.launch = launch;
        this.launchDay = launch.feature().launchedAt().toEpochDay();
    }

    org.uptake.model.Feature feature() {
        return launch.feature();
    }

    void accept(PersonTimeline timeline) {
        List<String> segments = launch.feature().targetSegments();
        if (!segments.isEmpty() && !segments.contains(timeline.person().segment().label)) {
            return;
        }
        long firstActive = Long.MAX_VALUE;
        long adopted = Long.MAX_VALUE;
        for (SampleEvent e : timeline.events()) {
            long day = Math.floorDiv(e.ts(), ScenarioDates.DAY);
            if (day >= launchDay) {
                firstActive = Math.min(firstActive, day);
                if (e.name().equals(launch.event())) {
                    adopted = Math.min(adopted, day);
                }
            }
        }
        for (int i = 0; i < HORIZONS.size(); i++) {
            long last = launchDay + HORIZONS.get(i);
            if (firstActive <= last) {
                active[i]++;
                if (adopted <= last) {
                    adopters[i]++;
                }
            }
        }
    }

    void toJson(ObjectNode out, ScenarioDates dates) {
        out.put("key", launch.feature().key());
        out.put("launchedAt", launch.feature().launchedAt().toString());
        out.put("target", launch.feature().adoption().target());
        out.put("beforeData", launch.feature().launchedAt().isBefore(dates.firstDay));
        long daysOfData = ChronoUnit.DAYS.between(launch.feature().launchedAt(), ScenarioDates.LAST_DAY);
        ArrayNode curve = out.putArray("curve");
        for (int i = 0; i < HORIZONS.size(); i++) {
            ObjectNode point = curve.addObject().put("day", HORIZONS.get(i)).put("active", active[i]).put("adopters", adopters[i]);
            if (HORIZONS.get(i) > daysOfData) {
                point.putNull("rate");
            } else {
                point.put("rate", active[i] == 0 ? 0 : adopters[i] / (double) active[i]);
            }
        }
    }
}
