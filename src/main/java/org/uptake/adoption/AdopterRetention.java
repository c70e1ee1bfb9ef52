package org.uptake.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * Who stays: adopters' weekly retention by the week they adopted (the cohort triangle) and, week
 * by week, stickiness (adopters who used the feature that week ÷ adopters so far). Weeks run from
 * launch (week 0 is launch day and the six after), or from the first whole week of data when the
 * data starts after launch. A cell whose week the data has not finished is censored (null), never 0.
 *
 * @param asOf    the data's last day
 * @param cohorts one row per adoption week, oldest first
 * @param weeks   every complete week since the first, oldest first
 * @param caveat  why early adopters may be missing (the data starts after launch), else null
 */
public record AdopterRetention(String featureKey, String name, LocalDate launchedAt, LocalDate asOf, List<Cohort> cohorts,
        List<Week> weeks, String caveat) {

    public AdopterRetention {
        cohorts = List.copyOf(cohorts);
        weeks = List.copyOf(weeks);
    }

    /**
     * The adopters of one week and how many of them used the feature {@code k} weeks later (index k;
     * k = 0 is the adoption week itself).
     *
     * @param retained people of the cohort who used it in week k, null when that week is not complete
     * @param shares   {@code retained ÷ adopters}, null when censored or the cohort is empty
     */
    public record Cohort(LocalDate weekStart, int adopters, List<Integer> retained, List<Double> shares) {

        public Cohort {
            retained = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(retained));
            shares = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(shares));
        }
    }

    /**
     * One complete week.
     *
     * @param users           adopters (by the week's end) who used the feature in the week
     * @param adopters        adopters by the week's end
     * @param stickiness      {@code users ÷ adopters} (0 with no adopters)
     * @param earlier         adopters from before the week: whom the week could keep
     * @param earlierUsing    of them, those who used the feature in the week: the retention the decline test reads
     */
    public record Week(LocalDate start, int users, int adopters, double stickiness, int earlier, int earlierUsing) {

        /** {@code earlierUsing ÷ earlier}, or NaN when nobody adopted before the week. */
        public double retention() {
            return earlier == 0 ? Double.NaN : earlierUsing / (double) earlier;
        }
    }
}
