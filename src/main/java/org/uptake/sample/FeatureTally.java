package org.uptake.sample;

import org.uptake.model.Quantiles;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.uptake.model.Feature;

/** Counts one feature's adoption figures under DESIGN §5, person by person, without keeping the events. */
final class FeatureTally {

    private final Feature feature;
    private final long launch;
    private final Set<String> featureEvents;
    private final long lastFourteenDays = ScenarioDates.startOf(ScenarioDates.LAST_DAY.minusDays(13));
    private final Map<String, int[]> bySegment = new TreeMap<>();
    private final Map<String, int[]> byPlan = new TreeMap<>();
    private final Map<String, int[]> byRole = new TreeMap<>();
    private final Map<String, int[]> byPlatform = new TreeMap<>();
    private final Map<LocalDate, Integer> weeklyUsers = new TreeMap<>();
    private final int[] funnelReach;
    private final DoubleList daysToFirstUse = new DoubleList();
    private final DoubleList targetDaysToFirstUse = new DoubleList();
    /** Data starts after launch: first uses by people who existed before the data may be unseen, so they are left out. */
    private final long seenFrom;
    private int leftOut;
    private int targetLeftOut;
    private int targetActive;
    private int targetAdopters;
    private int active;
    private int adopters;
    private int abandoned;
    private int abandonedOnMobile;
    private int reverted;
    private int stopped;

    FeatureTally(Feature feature, LocalDate firstDay) {
        this.feature = feature;
        this.seenFrom = ScenarioDates.startOf(firstDay);
        this.launch = ScenarioDates.startOf(feature.launchedAt());
        this.featureEvents = feature.featureEvents();
        this.funnelReach = new int[feature.funnel().size()];
    }

    Feature feature() {
        return feature;
    }

    /** The person's adoption-event time on or after launch, or Long.MAX_VALUE: what {@link #accept} counted. */
    long accept(SamplePerson person, List<SampleEvent> events) {
        countWeeklyUse(events);
        if (events.isEmpty() || events.get(events.size() - 1).ts() < launch) {
            return Long.MAX_VALUE;
        }
        active++;
        long adoptedAt = Definitions.first(events, feature.adoption().event(), launch);
        boolean adopter = adoptedAt < Long.MAX_VALUE;
        String platform = mainPlatform(events);
        boolean targeted = feature.targetSegments().isEmpty() || feature.targetSegments().contains(person.segment().label);
        if (targeted) {
            targetActive++;
        }
        count(bySegment, person.segment().label, adopter);
        count(byPlan, person.plan(), adopter);
        count(byRole, person.role(), adopter);
        count(byPlatform, platform, adopter);
        int level = Definitions.furthestStep(events, feature.funnel(), launch, Definitions.FUNNEL_WINDOW);
        for (int k = 0; k < level; k++) {
            funnelReach[k]++;
        }
        if (level >= 1 && level < feature.funnel().size()) {
            abandoned++;
            long entered = Definitions.first(events, feature.funnel().get(0), launch);
            if (events.stream().anyMatch(e -> e.ts() == entered && e.isMobile() && e.name().equals(feature.funnel().get(0)))) {
                abandonedOnMobile++;
            }
        }
        if (adopter) {
            adopters++;
            long from = Math.max(launch, person.createdAt());
            if (targeted) {
                targetAdopters++;
            }
            if (from < seenFrom) {
                leftOut++;
                targetLeftOut += targeted ? 1 : 0;
            } else {
                daysToFirstUse.add((adoptedAt - from) / (double) ScenarioDates.DAY);
                if (targeted) {
                    targetDaysToFirstUse.add((adoptedAt - from) / (double) ScenarioDates.DAY);
                }
            }
            if (feature.revertEvent() != null && Definitions.any(events, Set.of(feature.revertEvent()), adoptedAt + 1,
                    adoptedAt + ScenarioDates.DAY + 1)) {
                reverted++;
            }
            boolean activeLately = events.get(events.size() - 1).ts() >= lastFourteenDays;
            if (activeLately && !Definitions.any(events, featureEvents, lastFourteenDays, Long.MAX_VALUE)) {
                stopped++;
            }
        }
        return adoptedAt;
    }

    private void countWeeklyUse(List<SampleEvent> events) {
        LocalDate lastWeek = null;
        for (SampleEvent e : events) {
            if (featureEvents.contains(e.name())) {
                LocalDate week = LocalDate.ofEpochDay(Math.floorDiv(e.ts(), ScenarioDates.DAY))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (!week.equals(lastWeek)) {
                    weeklyUsers.merge(week, 1, Integer::sum);
                    lastWeek = week;
                }
            }
        }
    }

    /** The platform most of the person's events came from, over all their events (ties: alphabetically first). */
    private String mainPlatform(List<SampleEvent> events) {
        Map<String, Integer> counts = new TreeMap<>();
        for (SampleEvent e : events) {
            counts.merge(e.platform(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("unknown");
    }

    private static void count(Map<String, int[]> breakdown, String value, boolean adopter) {
        int[] cell = breakdown.computeIfAbsent(value == null || value.isBlank() ? "(none)" : value, v -> new int[2]);
        cell[0]++;
        if (adopter) {
            cell[1]++;
        }
    }

    ObjectNode toJson(ObjectNode node) {
        long days = ChronoUnit.DAYS.between(feature.launchedAt(), ScenarioDates.LAST_DAY);
        double target = feature.adoption().target();
        node.put("key", feature.key());
        node.put("name", feature.name());
        node.put("launchedAt", feature.launchedAt().toString());
        node.put("asOf", ScenarioDates.LAST_DAY.toString());
        node.put("daysSinceLaunch", days);
        node.put("target", target);
        node.put("withinDays", feature.adoption().withinDays());
        node.put("pace", Math.min(target, target * days / feature.adoption().withinDays()));
        node.put("activePeople", active);
        node.put("adopters", adopters);
        node.put("adoptionRate", rate(adopters, active));
        breakdown(node.putArray("bySegment"), "segment", bySegment);
        breakdown(node.putArray("byPlan"), "plan", byPlan);
        breakdown(node.putArray("byRole"), "role", byRole);
        breakdown(node.putArray("byMainPlatform"), "mainPlatform", byPlatform);
        timeToFirstUse(node.putObject("timeToFirstUse"), daysToFirstUse, leftOut);
        ObjectNode audience = node.putObject("targetAudience");
        feature.targetSegments().forEach(audience.putArray("segments")::add);
        audience.put("activePeople", targetActive);
        audience.put("adopters", targetAdopters);
        audience.put("adoptionRate", rate(targetAdopters, targetActive));
        timeToFirstUse(audience.putObject("timeToFirstUse"), targetDaysToFirstUse, targetLeftOut);
        ObjectNode funnel = node.putObject("funnel");
        funnel.put("windowDays", 7);
        ArrayNode steps = funnel.putArray("steps");
        for (int k = 0; k < funnelReach.length; k++) {
            steps.addObject().put("name", feature.funnel().get(k)).put("people", funnelReach[k]);
        }
        node.put("abandoned", abandoned);
        node.put("abandonmentRate", rate(abandoned, active));
        node.put("abandonedOnMobile", abandonedOnMobile);
        node.put("reverted", reverted);
        node.put("stopped", stopped);
        ArrayNode weeks = node.putArray("weeklyUsers");
        weeklyUsers.forEach((week, people) -> weeks.addObject().put("weekStart", week.toString()).put("people", people));
        return node;
    }

    private static void timeToFirstUse(ObjectNode ttfu, DoubleList days, int leftOut) {
        double[] sorted = days.sorted();
        long within7 = java.util.Arrays.stream(sorted).filter(d -> d <= 7).count();
        ttfu.put("adopters", sorted.length);
        ttfu.put("leftOut", leftOut);
        if (sorted.length == 0) {
            ttfu.putNull("medianDays");
            ttfu.putNull("p75Days");
        } else {
            ttfu.put("medianDays", Quantiles.median(sorted));
            ttfu.put("p75Days", Quantiles.p75(sorted));
        }
        ttfu.put("within7DaysPeople", within7);
        ttfu.put("within7Days", rate((int) within7, sorted.length));
    }

    private static void breakdown(ArrayNode array, String name, Map<String, int[]> cells) {
        cells.forEach((value, cell) -> array.addObject().put(name, value).put("activePeople", cell[0])
                .put("adopters", cell[1]).put("adoptionRate", rate(cell[1], cell[0])));
    }

    static double rate(int part, int whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
