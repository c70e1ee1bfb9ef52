package org.uptake.adoption;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;
import org.uptake.workspace.Cached;
import org.uptake.workspace.FeatureDefinitions;
import org.uptake.workspace.Workspace;

/** Reads a feature's adopter retention ({@link AdopterRetention}) from the rollups, as of the data's last day. */
public final class Retention {

    private final FeatureDefinitions features;
    private final AdoptionQueries queries;

    /** Retention of {@code workspace}'s features, sharing the features' people read through {@code people}. */
    public Retention(Workspace workspace, Cached<FeaturePeople.Window, FeaturePeople> people) {
        this.features = new FeatureDefinitions(workspace);
        this.queries = new AdoptionQueries(workspace, people);
    }

    /** The feature's retention as of the data's last day. */
    public AdopterRetention of(String featureKey) {
        Feature feature = AdoptionAnalysis.feature(features, featureKey);
        LocalDate[] days = queries.dataDays();
        if (days == null) {
            throw new IllegalArgumentException("The workspace has no events yet: import some first.");
        }
        LocalDate launch = feature.launchedAt();
        LocalDate last = days[1];
        // The default window (launch to the last day): the read the Adoption screen already made.
        FeaturePeople data = queries.load(feature, launch, last.isBefore(launch) ? launch : last);
        long firstWeekStart = launch.toEpochDay();
        String caveat = null;
        if (days[0].isAfter(launch)) {
            long behind = days[0].toEpochDay() - launch.toEpochDay();
            firstWeekStart += (behind + 6) / 7 * 7;
            caveat = "the data starts " + behind + " days after launch: weeks start at the first whole week of data, and someone who"
                    + " adopted unseen before it counts from their first use in the data";
        }
        Map<Integer, LongOpenHashSet> used = queries.useDays(feature.key(), LocalDate.ofEpochDay(firstWeekStart), last);
        List<long[]> adopters = new ArrayList<>();
        for (FeaturePeople.Person p : data.active.values()) {
            long at = data.firstAdoption(p.id());
            if (at != Long.MAX_VALUE && Math.floorDiv(at, AdoptionAnalysis.DAY) >= firstWeekStart) {
                adopters.add(new long[] {p.id(), Math.floorDiv(at, AdoptionAnalysis.DAY)});
            }
        }
        long lastDay = last.toEpochDay();
        int weeks = lastDay < firstWeekStart ? 0 : (int) ((lastDay - firstWeekStart) / 7 + 1);
        return new AdopterRetention(feature.key(), feature.name(), launch, last,
                cohorts(adopters, used, firstWeekStart, weeks, lastDay), completeWeeks(adopters, used, firstWeekStart, weeks, lastDay),
                caveat);
    }

    private static List<AdopterRetention.Cohort> cohorts(List<long[]> adopters, Map<Integer, LongOpenHashSet> used, long start,
            int weeks, long lastDay) {
        List<AdopterRetention.Cohort> cohorts = new ArrayList<>();
        for (int c = 0; c < weeks; c++) {
            long from = start + 7L * c;
            List<long[]> cohort = adopters.stream().filter(a -> a[1] >= from && a[1] < from + 7).toList();
            List<Integer> retained = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (int k = 0; c + k < weeks; k++) {
                long weekStart = from + 7L * k;
                if (weekStart + 6 > lastDay) {
                    // Right-censored: the week is not over in the data, so a gap is not a loss.
                    retained.add(null);
                    shares.add(null);
                    continue;
                }
                int kept = (int) cohort.stream().filter(a -> usedIn(used.get((int) a[0]), weekStart)).count();
                retained.add(kept);
                shares.add(cohort.isEmpty() ? null : kept / (double) cohort.size());
            }
            cohorts.add(new AdopterRetention.Cohort(LocalDate.ofEpochDay(from), cohort.size(), retained, shares));
        }
        return cohorts;
    }

    private static List<AdopterRetention.Week> completeWeeks(List<long[]> adopters, Map<Integer, LongOpenHashSet> used, long start,
            int weeks, long lastDay) {
        List<AdopterRetention.Week> rows = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            long from = start + 7L * w;
            if (from + 6 > lastDay) {
                break;
            }
            int adopted = 0;
            int users = 0;
            int earlier = 0;
            int earlierUsing = 0;
            for (long[] a : adopters) {
                if (a[1] > from + 6) {
                    continue;
                }
                adopted++;
                boolean using = usedIn(used.get((int) a[0]), from);
                users += using ? 1 : 0;
                if (a[1] < from) {
                    earlier++;
                    earlierUsing += using ? 1 : 0;
                }
            }
            rows.add(new AdopterRetention.Week(LocalDate.ofEpochDay(from), users, adopted, Stats.rate(users, adopted), earlier,
                    earlierUsing));
        }
        return rows;
    }

    private static boolean usedIn(LongOpenHashSet days, long weekStart) {
        if (days == null) {
            return false;
        }
        for (long d = weekStart; d < weekStart + 7; d++) {
            if (days.contains(d)) {
                return true;
            }
        }
        return false;
    }
}
