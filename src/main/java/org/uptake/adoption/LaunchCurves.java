package org.uptake.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.uptake.model.Feature;

/** Reads one launch's adoption curve from the rollups: one read of its people from launch to its last horizon. */
final class LaunchCurves {

    private final AdoptionQueries queries;

    LaunchCurves(AdoptionQueries queries) {
        this.queries = queries;
    }

    LaunchCurve curve(Feature feature, LocalDate firstDay, LocalDate lastDay) {
        LocalDate launch = feature.launchedAt();
        boolean beforeData = launch.isBefore(firstDay);
        // A launch before the data: no day of its curve can be read, so all are censored.
        long daysOfData = beforeData ? -1 : Math.max(0, ChronoUnit.DAYS.between(launch, lastDay));
        int longest = Math.max(LaunchCurve.HORIZONS.get(LaunchCurve.HORIZONS.size() - 1), feature.adoption().withinDays());
        LocalDate end = lastDay.isBefore(launch.plusDays(longest)) ? lastDay : launch.plusDays(longest);
        if (end.isBefore(launch)) {
            end = launch;
        }
        FeaturePeople data = queries.readOnce(feature, launch, end);
        it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap firstActive = queries.firstActiveDays(launch, end);
        List<Reached> people = new ArrayList<>();
        for (FeaturePeople.Person p : data.active.values()) {
            if (firstActive.containsKey(p.id())) {
                long adoptedAt = data.firstAdoption(p.id());
                long adoptedDay = adoptedAt == Long.MAX_VALUE ? Long.MAX_VALUE : Math.floorDiv(adoptedAt, AdoptionAnalysis.DAY);
                people.add(new Reached(p.segment(), firstActive.get(p.id()), adoptedDay, inAudience(feature, p.segment())));
            }
        }
        Predicate<Reached> audience = Reached::targeted;
        List<LaunchCurve.Point> overall = points(people, audience, launch, daysOfData);
        Map<String, List<LaunchCurve.Point>> bySegment = new TreeMap<>();
        people.stream().map(r -> r.segment() == null ? "(none)" : r.segment()).distinct().sorted().forEach(segment ->
                bySegment.put(segment, points(people, r -> segment.equals(r.segment() == null ? "(none)" : r.segment()), launch,
                        daysOfData)));
        int within = feature.adoption().withinDays();
        LaunchCurve.Point achieved = point(people, audience, launch, within, daysOfData);
        LaunchCurve.Point soFar = point(people, audience, launch, (int) Math.max(0, Math.min(within, daysOfData)), daysOfData);
        String audienceText = feature.targetSegments().isEmpty() ? "all active people" : String.join(" and ", feature.targetSegments());
        return new LaunchCurve(feature.key(), feature.name(), launch, feature.adoption().target(), within, audienceText, overall,
                bySegment, achieved, soFar, Math.max(0, ChronoUnit.DAYS.between(launch, lastDay)), beforeData);
    }

    private static List<LaunchCurve.Point> points(List<Reached> people, Predicate<Reached> who, LocalDate launch, long daysOfData) {
        return LaunchCurve.HORIZONS.stream().map(h -> point(people, who, launch, h, daysOfData)).toList();
    }

    /** Adoption by day {@code day} after launch: the audience active from launch to that day, and who of them adopted by its end. */
    private static LaunchCurve.Point point(List<Reached> people, Predicate<Reached> who, LocalDate launch, int day, long daysOfData) {
        long last = launch.toEpochDay() + day;
        int active = 0;
        int adopters = 0;
        for (Reached r : people) {
            if (who.test(r) && r.firstActiveDay() <= last) {
                active++;
                if (r.adoptedDay() <= last) {
                    adopters++;
                }
            }
        }
        return day > daysOfData ? new LaunchCurve.Point(day, active, adopters, null)
                : new LaunchCurve.Point(day, active, adopters, Stats.rate(adopters, active));
    }

    private static boolean inAudience(Feature feature, String segment) {
        return feature.targetSegments().isEmpty() || segment != null && feature.targetSegments().contains(segment);
    }

    /** One person seen since launch: their segment, first active day and adoption day (epoch days; MAX_VALUE: not adopted). */
    private record Reached(String segment, long firstActiveDay, long adoptedDay, boolean targeted) {
    }
}
