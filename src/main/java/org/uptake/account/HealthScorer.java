package org.uptake.account;

import it.unimi.dsi.fastutil.ints.IntSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.uptake.workspace.AccountStore.AccountData;
import org.uptake.workspace.AccountStore.FeatureUse;
import org.uptake.workspace.AccountStore.StoredAccount;

/**
 * Scores accounts as of one day (DESIGN §5 "Account health") from their counts, so the same code scores
 * today and the earlier day of the prediction check, and a change of weights or thresholds rescores
 * without counting again.
 */
final class HealthScorer {

    private final AccountSettings settings;
    private final List<KeyFeature> features;
    /** Which key features each tier is aimed at: asked for every account, answered once per tier. */
    private final Map<String, boolean[]> aimedByTier = new java.util.HashMap<>();

    HealthScorer(AccountSettings settings, List<KeyFeature> features) {
        this.settings = settings;
        this.features = List.copyOf(features);
    }

    /** Each account of the data, as of {@code day}, with {@code struggling} the people struggling in its last window. */
    List<AccountHealth> score(AccountData data, LocalDate day, IntSet struggling) {
        return score(data.accounts(), new AccountCounter(settings.windowDays(), features).count(data, day, struggling), day);
    }

    /** Each account as of {@code day}, from its counts on that day (in the accounts' order). */
    List<AccountHealth> score(List<StoredAccount> accounts, Map<String, AccountCounts> counts, LocalDate day) {
        // One thread: with the parts worded on demand, scoring in parallel was no faster on two cores (the JIT compiler
        // and the collector need them in a fresh process), 1.46-1.56 s against 1.60-1.67 s for the whole book.
        List<AccountHealth> out = new ArrayList<>(accounts.size());
        for (StoredAccount a : accounts) {
            AccountCounts c = counts.get(a.id());
            if (c == null) {
                throw new IllegalStateException("No counts for account " + a.id() + ": the accounts changed since they were counted");
            }
            out.add(one(a, c, day));
        }
        return out;
    }

    private AccountHealth one(StoredAccount a, AccountCounts c, LocalDate day) {
        int active = c.active();
        int previous = c.previous();
        List<Integer> weekly = new WeeklyActive(c.weekly());
        OptionalDouble trend = previous == 0 ? OptionalDouble.empty() : OptionalDouble.of((active - previous) / (double) previous);
        boolean churned = a.churnedAt().filter(d -> !d.isAfter(day)).isPresent();
        if (churned || c.people() < settings.minPeople()) {
            return new AccountHealth(a.id(), a.name(), a.owner(), a.tier(), arrOn(a, day), c.people(), active, previous, trend,
                    OptionalInt.empty(), churned ? Band.CHURNED : Band.TOO_SMALL, List.of(), List.of(), c.struggling(), c.ticketsNow(),
                    weekly);
        }
        boolean[] aimedAt = aimed(a.tier());
        int aimed = 0;
        int adopted = 0;
        for (int i = 0; i < features.size(); i++) {
            if (aimedAt[i]) {
                aimed++;
                adopted += c.adopted()[i] ? 1 : 0;
            }
        }
        // The parts' scores now, their words when someone reads them: at 137,000 accounts the words were most of the book's
        // scoring time, and the book shows them for one account at a time.
        Optional<AccountCounts.Outreach> last = c.lastOutreach();
        boolean outreachMeasured = last.isPresent() && !sentOn(last.get()).plusDays(AccountCounter.RESPONSE_DAYS).isAfter(day);
        double[] scores = {trend.isPresent() ? clamp(1 + 2 * Math.min(0, trend.getAsDouble())) : 1, active / (double) c.people(),
            aimed == 0 ? 0 : adopted / (double) aimed, clamp(1 - (c.struggling() + c.ticketsNow()) / (double) Math.max(1, active)),
            outreachMeasured ? last.get().responded() / (double) last.get().reached() : 0};
        double[] weights = {trend.isPresent() ? settings.activityWeight() : 0, settings.activationWeight(),
            aimed == 0 ? 0 : settings.breadthWeight(), settings.struggleWeight(), outreachMeasured ? settings.outreachWeight() : 0};
        double[] weighted = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            weighted[i] = scores[i] * weights[i];
        }
        int score = (int) Math.round(100 * compensatedSum(weighted) / compensatedSum(weights));
        int aimedCount = aimed;
        int adoptedCount = adopted;
        List<HealthPart> parts = new WordedParts(() -> words(a, c, trend, aimedCount, adoptedCount, day, scores, weights));
        List<RiskReason> reasons = reasons(aimedAt, c, trend);
        Band band = !reasons.isEmpty() ? Band.AT_RISK : score >= settings.healthyFrom() ? Band.HEALTHY : Band.WATCH;
        return new AccountHealth(a.id(), a.name(), a.owner(), a.tier(), arrOn(a, day), c.people(), active, previous, trend,
                OptionalInt.of(score), band, parts, reasons, c.struggling(), c.ticketsNow(), weekly);
    }

    /** The ARR on a day: the changed ARR once its change date has passed. */
    private static double arrOn(StoredAccount a, LocalDate day) {
        return a.arrChangeAt().filter(d -> !d.isAfter(day)).isPresent() && a.arrAfter().isPresent() ? a.arrAfter().get() : a.arr();
    }

    /** The five parts in words, with the scores and weights {@link #one} gave them. */
    private List<HealthPart> words(StoredAccount a, AccountCounts c, OptionalDouble trend, int aimed, int adopted, LocalDate day,
            double[] scores, double[] weights) {
        int window = settings.windowDays();
        int active = c.active();
        int previous = c.previous();
        // Plain concatenation where only whole numbers are written: String.format is slow at 137,000 accounts.
        return List.of(new HealthPart("activity trend", trend.isPresent()
                        ? active + " active in the last " + window + " days, " + previous + " in the " + window + " before ("
                                + percent(trend.getAsDouble()) + ")"
                        : active + " active in the last " + window + " days, none in the " + window + " before", scores[0], weights[0]),
                new HealthPart("seat activation", active + " of " + c.people() + " people active", scores[1], weights[1]),
                new HealthPart("feature breadth", aimed == 0 ? "no feature is aimed at " + a.tier()
                        : adopted + " of the " + aimed + " features aimed at " + a.tier() + " adopted", scores[2], weights[2]),
                new HealthPart("struggles and tickets", c.struggling() + " struggling, " + c.ticketsNow() + " tickets in the last "
                        + window + " days", scores[3], weights[3]),
                new HealthPart("last outreach", outreachWords(c.lastOutreach(), day), scores[4], weights[4]));
    }

    private static LocalDate sentOn(AccountCounts.Outreach o) {
        return o.sentAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
    }

    private static String outreachWords(Optional<AccountCounts.Outreach> last, LocalDate day) {
        if (last.isEmpty()) {
            return "none yet";
        }
        AccountCounts.Outreach o = last.get();
        LocalDate sent = sentOn(o);
        if (sent.plusDays(AccountCounter.RESPONSE_DAYS).isAfter(day)) {
            return String.format(Locale.ROOT, "%s on %s: not measurable yet (the data ends before %d days after it)", o.campaignId(), sent,
                    AccountCounter.RESPONSE_DAYS);
        }
        return String.format(Locale.ROOT, "%s on %s: %d of %d reached were active within %d days", o.campaignId(), sent, o.responded(),
                o.reached(), AccountCounter.RESPONSE_DAYS);
    }

    private List<RiskReason> reasons(boolean[] aimedAt, AccountCounts c, OptionalDouble trend) {
        int window = settings.windowDays();
        List<RiskReason> reasons = new ArrayList<>();
        if (c.previous() >= settings.declineMinPeople() && trend.isPresent() && -trend.getAsDouble() >= settings.declineShare() - 1e-9) {
            reasons.add(new RiskReason(RiskReason.Kind.ACTIVITY_DECLINE, String.format(Locale.ROOT,
                    "active people down %.0f%%: %d in the last %d days, %d in the %d before", -trend.getAsDouble() * 100, c.active(), window,
                    c.previous(), window), ""));
        }
        for (int i = 0; i < features.size(); i++) {
            KeyFeature f = features.get(i);
            if (!aimedAt[i]) {
                continue;
            }
            int stopped = c.stopped()[i];
            int still = c.still()[i];
            if (stopped >= settings.stoppedMinPeople() && stopped >= settings.stoppedShare() * (stopped + still) - 1e-9) {
                reasons.add(new RiskReason(RiskReason.Kind.FEATURE_STOPPED, String.format(Locale.ROOT,
                        "%s stopped: %d of the %d people who used it in the %d days before have not used it in the last %d, though still active",
                        f.name(), stopped, stopped + still, window, window), f.key()));
            }
        }
        int ticketsNow = c.ticketsNow();
        int ticketsBefore = c.ticketsBefore();
        if (ticketsNow >= settings.ticketRiseMin() && ticketsNow >= settings.ticketRiseFactor() * ticketsBefore) {
            // Under no change each ticket falls in either window with probability ½: a few tickets in a big account are noise.
            double p = new BinomialTest().binomialTest(ticketsNow + ticketsBefore, ticketsNow, 0.5, AlternativeHypothesis.GREATER_THAN);
            if (p < settings.ticketRiseAlpha()) {
                reasons.add(new RiskReason(RiskReason.Kind.STRUGGLES_AND_TICKETS, String.format(Locale.ROOT,
                        "tickets up: %d in the last %d days, %d in the %d before (p = %.3f); %d %s struggling", ticketsNow, window,
                        ticketsBefore, window, p, c.struggling(), c.struggling() == 1 ? "person" : "people"), ""));
            }
        }
        return reasons;
    }

    static FeatureUse use(List<FeatureUse> uses, String key) {
        if (uses != null) {
            for (FeatureUse u : uses) {
                if (u.featureKey().equals(key)) {
                    return u;
                }
            }
        }
        return null;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private boolean[] aimed(String tier) {
        return aimedByTier.computeIfAbsent(tier == null ? "\u0000" : tier, t -> {
            boolean[] aimed = new boolean[features.size()];
            for (int i = 0; i < aimed.length; i++) {
                aimed[i] = features.get(i).aimedAt(tier);
            }
            return aimed;
        });
    }

    /**
     * The sum as {@code DoubleStream.sum} makes it on the runtime Uptake ships with (17.0.15: Kahan's compensated
     * summation, the compensation taken off at the end), as the score has always been summed: a plain loop could move a
     * score at .5. Written out because two streams per account were costly in a cold book of 137,000 accounts, and so
     * a score no longer depends on a runtime's version of that method (CompensatedSumTest compares them).
     */
    static double compensatedSum(double[] values) {
        double high = 0;
        double low = 0;
        double simple = 0;
        for (double v : values) {
            double tmp = v - low;
            double velvel = high + tmp;
            low = (velvel - high) - tmp;
            high = velvel;
            simple += v;
        }
        double sum = high - low;
        return Double.isNaN(sum) && Double.isInfinite(simple) ? simple : sum;
    }

    /** As {@code String.format("%+.0f%%", change * 100)} writes it (half away from zero), without its cost at 137,000 accounts. */
    static String percent(double change) {
        double v = change * 100;
        return (v < 0 || v == 0 && 1 / v < 0 ? "-" : "+") + Math.round(Math.abs(v)) + "%";
    }
}
