package org.uptake.account;

import it.unimi.dsi.fastutil.ints.IntSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.uptake.workspace.AccountStore.AccountData;
import org.uptake.workspace.AccountStore.Contact;
import org.uptake.workspace.AccountStore.FeatureUse;
import org.uptake.workspace.AccountStore.Member;
import org.uptake.workspace.AccountStore.PersonTicket;
import org.uptake.workspace.AccountStore.StoredAccount;

/**
 * Scores every account as of one day (DESIGN §5 "Account health"), from what the workspace held
 * up to that day only, so the same code scores today and the earlier day of the prediction check.
 */
final class HealthScorer {

    private static final int WEEKS = 12;
    private static final int RESPONSE_DAYS = 7;

    private final AccountSettings settings;
    private final List<KeyFeature> features;

    HealthScorer(AccountSettings settings, List<KeyFeature> features) {
        this.settings = settings;
        this.features = List.copyOf(features);
    }

    /** Each account of the data, as of {@code day}, with {@code struggling} the people struggling in its last window. */
    List<AccountHealth> score(AccountData data, LocalDate day, IntSet struggling) {
        Map<String, List<Member>> byAccount = new HashMap<>();
        data.members().forEach(m -> byAccount.computeIfAbsent(m.accountId(), a -> new ArrayList<>()).add(m));
        Map<Integer, List<FeatureUse>> uses = new HashMap<>();
        data.uses().forEach(u -> uses.computeIfAbsent(u.personId(), p -> new ArrayList<>()).add(u));
        Map<Integer, List<PersonTicket>> tickets = new HashMap<>();
        data.tickets().forEach(t -> tickets.computeIfAbsent(t.personId(), p -> new ArrayList<>()).add(t));
        Map<Integer, List<Contact>> contacts = new HashMap<>();
        data.contacts().forEach(c -> contacts.computeIfAbsent(c.personId(), p -> new ArrayList<>()).add(c));
        List<AccountHealth> out = new ArrayList<>(data.accounts().size());
        for (StoredAccount a : data.accounts()) {
            out.add(one(a, byAccount.getOrDefault(a.id(), List.of()), uses, tickets, contacts, day, struggling));
        }
        return out;
    }

    private AccountHealth one(StoredAccount a, List<Member> people, Map<Integer, List<FeatureUse>> uses,
            Map<Integer, List<PersonTicket>> tickets, Map<Integer, List<Contact>> contacts, LocalDate day, IntSet struggling) {
        int window = settings.windowDays();
        LocalDate from = day.minusDays(window - 1L);
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = previousTo.minusDays(window - 1L);
        int active = 0;
        int previous = 0;
        int strugglingPeople = 0;
        int ticketsNow = 0;
        int ticketsBefore = 0;
        for (Member m : people) {
            if (activeIn(m, from, day)) {
                active++;
            }
            if (activeIn(m, previousFrom, previousTo)) {
                previous++;
            }
            if (struggling.contains(m.personId())) {
                strugglingPeople++;
            }
            for (PersonTicket t : tickets.getOrDefault(m.personId(), List.of())) {
                if (!t.day().isBefore(from) && !t.day().isAfter(day)) {
                    ticketsNow++;
                } else if (!t.day().isBefore(previousFrom) && !t.day().isAfter(previousTo)) {
                    ticketsBefore++;
                }
            }
        }
        List<Integer> weekly = new ArrayList<>(WEEKS);
        for (int w = WEEKS - 1; w >= 0; w--) {
            LocalDate end = day.minusDays(7L * w);
            int n = 0;
            for (Member m : people) {
                n += activeIn(m, end.minusDays(6), end) ? 1 : 0;
            }
            weekly.add(n);
        }
        OptionalDouble trend = previous == 0 ? OptionalDouble.empty() : OptionalDouble.of((active - previous) / (double) previous);
        boolean churned = a.churnedAt().filter(c -> !c.isAfter(day)).isPresent();
        if (churned || people.size() < settings.minPeople()) {
            return new AccountHealth(a.id(), a.name(), a.owner(), a.tier(), arrOn(a, day), people.size(), active, previous, trend,
                    OptionalInt.empty(), churned ? Band.CHURNED : Band.TOO_SMALL, List.of(), List.of(), strugglingPeople, ticketsNow,
                    weekly);
        }
        List<HealthPart> parts = new ArrayList<>();
        parts.add(new HealthPart("activity trend", trend.isPresent()
                ? String.format(Locale.ROOT, "%d active in the last %d days, %d in the %d before (%s)", active, window, previous, window,
                        percent(trend.getAsDouble()))
                : String.format(Locale.ROOT, "%d active in the last %d days, none in the %d before", active, window, window),
                trend.isPresent() ? clamp(1 + 2 * Math.min(0, trend.getAsDouble())) : 1, trend.isPresent() ? settings.activityWeight() : 0));
        parts.add(new HealthPart("seat activation", String.format(Locale.ROOT, "%d of %d people active", active, people.size()),
                active / (double) people.size(), settings.activationWeight()));
        List<KeyFeature> aimed = features.stream().filter(f -> f.aimedAt(a.tier())).toList();
        int adopted = 0;
        for (KeyFeature f : aimed) {
            if (people.stream().anyMatch(m -> adoptedBy(uses.get(m.personId()), f.key(), day))) {
                adopted++;
            }
        }
        parts.add(new HealthPart("feature breadth", aimed.isEmpty() ? "no feature is aimed at " + a.tier()
                : String.format(Locale.ROOT, "%d of the %d features aimed at %s adopted", adopted, aimed.size(), a.tier()),
                aimed.isEmpty() ? 0 : adopted / (double) aimed.size(), aimed.isEmpty() ? 0 : settings.breadthWeight()));
        double burden = (strugglingPeople + ticketsNow) / (double) Math.max(1, active);
        parts.add(new HealthPart("struggles and tickets", String.format(Locale.ROOT,
                "%d struggling, %d tickets in the last %d days", strugglingPeople, ticketsNow, window), clamp(1 - burden),
                settings.struggleWeight()));
        parts.add(outreach(people, contacts, day));
        double weights = parts.stream().mapToDouble(HealthPart::weight).sum();
        int score = (int) Math.round(100 * parts.stream().mapToDouble(p -> p.score() * p.weight()).sum() / weights);
        List<RiskReason> reasons = reasons(a, people, uses, day, active, previous, trend, strugglingPeople, ticketsNow, ticketsBefore);
        Band band = !reasons.isEmpty() ? Band.AT_RISK : score >= settings.healthyFrom() ? Band.HEALTHY : Band.WATCH;
        return new AccountHealth(a.id(), a.name(), a.owner(), a.tier(), arrOn(a, day), people.size(), active, previous, trend,
                OptionalInt.of(score), band, parts, reasons, strugglingPeople, ticketsNow, weekly);
    }

    /** The ARR on a day: the changed ARR once its change date has passed. */
    private static double arrOn(StoredAccount a, LocalDate day) {
        return a.arrChangeAt().filter(d -> !d.isAfter(day)).isPresent() && a.arrAfter().isPresent() ? a.arrAfter().get() : a.arr();
    }

    private HealthPart outreach(List<Member> people, Map<Integer, List<Contact>> contacts, LocalDate day) {
        Instant dayEnd = day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Optional<Contact> last = people.stream().flatMap(m -> contacts.getOrDefault(m.personId(), List.of()).stream())
                .filter(c -> c.sentAt().isBefore(dayEnd)).max(Comparator.comparing(Contact::sentAt));
        if (last.isEmpty()) {
            return new HealthPart("last outreach", "none yet", 0, 0);
        }
        String campaign = last.get().campaignId();
        LocalDate sent = last.get().sentAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        if (sent.plusDays(RESPONSE_DAYS).isAfter(day)) {
            return new HealthPart("last outreach", String.format(Locale.ROOT, "%s on %s: not measurable yet (the data ends before %d days after it)",
                    campaign, sent, RESPONSE_DAYS), 0, 0);
        }
        int reached = 0;
        int responded = 0;
        for (Member m : people) {
            boolean got = contacts.getOrDefault(m.personId(), List.of()).stream().anyMatch(c -> c.campaignId().equals(campaign));
            if (got) {
                reached++;
                if (activeIn(m, sent.plusDays(1), sent.plusDays(RESPONSE_DAYS))) {
                    responded++;
                }
            }
        }
        return new HealthPart("last outreach", String.format(Locale.ROOT, "%s on %s: %d of %d reached were active within %d days",
                campaign, sent, responded, reached, RESPONSE_DAYS), responded / (double) reached, settings.outreachWeight());
    }

    private List<RiskReason> reasons(StoredAccount a, List<Member> people, Map<Integer, List<FeatureUse>> uses, LocalDate day,
            int active, int previous, OptionalDouble trend, int struggling, int ticketsNow, int ticketsBefore) {
        int window = settings.windowDays();
        List<RiskReason> reasons = new ArrayList<>();
        if (previous >= settings.declineMinPeople() && trend.isPresent() && -trend.getAsDouble() >= settings.declineShare() - 1e-9) {
            reasons.add(new RiskReason(RiskReason.Kind.ACTIVITY_DECLINE, String.format(Locale.ROOT,
                    "active people down %.0f%%: %d in the last %d days, %d in the %d before", -trend.getAsDouble() * 100, active, window,
                    previous, window), ""));
        }
        long from = day.minusDays(window - 1L).toEpochDay();
        long previousFrom = from - window;
        for (KeyFeature f : features) {
            if (!f.aimedAt(a.tier())) {
                continue;
            }
            int stopped = 0;
            int still = 0;
            for (Member m : people) {
                FeatureUse u = use(uses.get(m.personId()), f.key());
                // Only the last use is kept per person, so this reason is read as of the data's last day.
                if (u == null || u.firstAdoptionDay() < 0 || u.firstAdoptionDay() > day.toEpochDay() || u.lastUseDay() > day.toEpochDay()) {
                    continue;
                }
                if (u.lastUseDay() >= from) {
                    still++;
                } else if (u.lastUseDay() >= previousFrom && activeIn(m, day.minusDays(window - 1L), day)) {
                    stopped++;
                }
            }
            if (stopped >= settings.stoppedMinPeople() && stopped >= settings.stoppedShare() * (stopped + still) - 1e-9) {
                reasons.add(new RiskReason(RiskReason.Kind.FEATURE_STOPPED, String.format(Locale.ROOT,
                        "%s stopped: %d of the %d people who used it in the %d days before have not used it in the last %d, though still active",
                        f.name(), stopped, stopped + still, window, window), f.key()));
            }
        }
        if (ticketsNow >= settings.ticketRiseMin() && ticketsNow >= settings.ticketRiseFactor() * ticketsBefore) {
            // Under no change each ticket falls in either window with probability ½: a few tickets in a big account are noise.
            double p = new BinomialTest().binomialTest(ticketsNow + ticketsBefore, ticketsNow, 0.5, AlternativeHypothesis.GREATER_THAN);
            if (p < settings.ticketRiseAlpha()) {
                reasons.add(new RiskReason(RiskReason.Kind.STRUGGLES_AND_TICKETS, String.format(Locale.ROOT,
                        "tickets up: %d in the last %d days, %d in the %d before (p = %.3f); %d %s struggling", ticketsNow, window,
                        ticketsBefore, window, p, struggling, struggling == 1 ? "person" : "people"), ""));
            }
        }
        return reasons;
    }

    static boolean activeIn(Member m, LocalDate from, LocalDate to) {
        return m.activity().map(a -> a.activeIn(from, to)).orElse(false);
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

    static boolean adoptedBy(List<FeatureUse> uses, String key, LocalDate day) {
        FeatureUse u = use(uses, key);
        return u != null && u.firstAdoptionDay() >= 0 && u.firstAdoptionDay() <= day.toEpochDay();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static String percent(double change) {
        return String.format(Locale.ROOT, "%+.0f%%", change * 100);
    }
}
