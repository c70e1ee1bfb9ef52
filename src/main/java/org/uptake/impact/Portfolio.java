package org.uptake.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.uptake.adoption.RetentionTrend;
import org.uptake.adoption.TargetHistory;
import org.uptake.model.FeatureRef;
import org.uptake.model.Figures;
import org.uptake.model.Progress;
import org.uptake.struggle.BugSuspect;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/**
 * Every feature ranked for investment. The priority score (0–100) rises with measured impact (50
 * points for an improvement with high confidence, 25 with medium), with the room left to the
 * target's pace (up to 30) and with the share of people who struggle (up to 20: help there pays);
 * a feature in decline gets 0. The flag: sunset review when adopters' weekly retention falls over the
 * latest {@code portfolio.sunsetWeeks} complete weeks (default 6) by a trend test ({@link RetentionTrend},
 * one-sided p ≤ 0.05); needs help when behind pace or
 * a quarter or more of those who try it struggle; invest more when it measurably solved its
 * problem; else on track. A suspected defect is named in the reason whatever the flag.
 */
public final class Portfolio {

    private final Workspace workspace;
    private final ImpactAnalysis impact;
    private final ImpactQueries queries;
    private final FeedbackLoopMeasure feedbackLoop;

    private final TargetHistory targets;

    public Portfolio(Workspace workspace, ImpactAnalysis impact, TargetHistory targets) {
        this.workspace = workspace;
        this.impact = impact;
        this.targets = targets;
        this.queries = new ImpactQueries(workspace);
        this.feedbackLoop = new FeedbackLoopMeasure(new MetricMeasure(queries, ImpactAnalysis.SEED));
    }

    public int sunsetWeeks() {
        return Math.max(3, workspace.settings().read(PortfolioSettings.SECTION).sunsetWeeks());
    }

    /** Every feature, highest priority first. */
    public List<PortfolioRow> rank(Progress progress) {
        List<FeatureRef> features = new FeatureQueries(workspace).list();
        if (features.isEmpty()) {
            return List.of();
        }
        LocalDate[] days = queries.dataDays();
        if (days == null) {
            throw new IllegalArgumentException("The workspace has no events yet: import some first.");
        }
        int sunset = sunsetWeeks();
        List<PortfolioRow> rows = new ArrayList<>();
        int done = 0;
        for (FeatureRef f : features) {
            progress.update(done++, features.size(), "Measuring " + f.name());
            rows.add(row(impact.report(f.key(), false, Progress.NONE), days, sunset));
        }
        rows.sort(Comparator.comparingInt(PortfolioRow::priority).reversed().thenComparing(PortfolioRow::name));
        return rows;
    }

    private PortfolioRow row(ImpactReport r, LocalDate[] days, int sunset) {
        List<LocalDate> weeks = new ArrayList<>();
        List<Integer> users = new ArrayList<>();
        LocalDate from = r.feature().launchedAt().isAfter(days[0]) ? r.feature().launchedAt() : days[0];
        for (int[] w : queries.weeklyUsers(r.feature().key(), from, days[1])) {
            LocalDate start = LocalDate.ofEpochDay(w[0] * 7L + 4);
            if (!start.isBefore(from) && !start.plusDays(6).isAfter(days[1])) {
                weeks.add(start);
                users.add(w[1]);
            }
        }
        RetentionTrend kept = RetentionTrend.of(r.retention().weeks(), sunset);
        boolean declining = kept.declining();
        MetricImpact main = r.metrics().stream().filter(m -> m.effect() != null).findFirst().orElse(null);
        Confidence confidence = main == null ? Confidence.NOT_MEASURABLE : main.confidence();
        boolean improved = main != null && main.improved() && (confidence == Confidence.HIGH || confidence == Confidence.MEDIUM);
        double struggle = r.struggles().entrants() == 0 ? 0 : r.struggles().struggling().stream().filter(p -> p.person().entered()).count()
                / (double) r.struggles().entrants();
        boolean defect = r.struggles().bugSuspects().stream().anyMatch(BugSuspect::defect);
        double impactPoints = !improved ? 0 : confidence == Confidence.HIGH ? 50 : 25;
        org.uptake.adoption.AdoptionSummary a = r.adoption();
        double gap = a.pace() <= 0 ? 0 : Math.max(0, a.pace() - a.headlineRate()) / a.pace();
        int priority = declining ? 0 : (int) Math.round(impactPoints + 30 * gap + 20 * Math.min(1, 2 * struggle));
        PortfolioRow.Flag flag;
        String why;
        if (declining) {
            flag = PortfolioRow.Flag.SUNSET_REVIEW;
            why = kept.describe();
        } else if (!r.adoption().aheadOfPace() || struggle >= 0.25) {
            flag = PortfolioRow.Flag.NEEDS_HELP;
            List<String> reasons = new ArrayList<>();
            if (!r.adoption().aheadOfPace()) {
                reasons.add("adoption " + Figures.percent(a.headlineRate(), 1) + " in " + a.targetAudience().describe() + " behind the "
                        + Figures.percent(a.pace(), 1) + " pace");
            }
            if (struggle >= 0.25) {
                reasons.add(Figures.percent(struggle, 0) + " of those who try it struggle");
            }
            why = String.join("; ", reasons);
        } else if (improved) {
            flag = PortfolioRow.Flag.INVEST_MORE;
            why = "ahead of pace and measurably moved " + main.name() + " (" + confidence.label() + " confidence)";
        } else {
            flag = PortfolioRow.Flag.ON_TRACK;
            why = "ahead of pace; no measured impact yet";
        }
        if (defect) {
            why += "; fix the suspected defect (Struggles screen)";
        }
        String impactText = main == null ? "not measurable yet" : Figures.signedPercent(main.effect().value(), 1) + " " + main.name();
        FeedbackLoop loop = feedbackLoop.find(r.feature(), days[0], days[1], r.metrics());
        return new PortfolioRow(r.feature().key(), r.feature().name(), r.feature().launchedAt(), a.headlineRate(),
                a.targetAudience().describe(), a.adoptionRate(), a.target(), a.pace(), a.caveat(), impactText, confidence, improved, struggle,
                struggleTrend(r, days[1]), weeks, users, Trend.weekly(users), priority, flag, why, loop, days[1],
                targets.curve(r.feature().key()).targetAgainstAchieved());
    }

    /** Struggle signals (not workarounds) in the last 14 days against the 14 before. */
    static String struggleTrend(ImpactReport r, LocalDate lastDay) {
        long end = (lastDay.toEpochDay() + 1) * 86_400_000L;
        long mid = end - 14 * 86_400_000L;
        long start = mid - 14 * 86_400_000L;
        if (r.feature().launchedAt().toEpochDay() * 86_400_000L > start) {
            return "too new to tell";
        }
        long recent = 0;
        long before = 0;
        for (org.uptake.model.Signal s : r.struggles().signals()) {
            long t = s.at().toEpochMilli();
            if (s.kind() == org.uptake.model.SignalKind.WORKAROUND) {
                continue;
            }
            if (t >= mid && t < end) {
                recent++;
            } else if (t >= start && t < mid) {
                before++;
            }
        }
        return Trend.counts(before, recent, "signals");
    }

}
