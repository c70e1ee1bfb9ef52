package org.uptake.account;

import it.unimi.dsi.fastutil.ints.IntSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.uptake.workspace.AccountStore.AccountData;
import org.uptake.workspace.AccountStore.FeatureUse;
import org.uptake.workspace.AccountStore.Member;
import org.uptake.workspace.AccountStore.SegmentCounts;

/** Builds one account's page from its people's data: people, the people × features matrix, the timeline, adoption against the segment, plays. */
final class PageBuilder {

    private final AccountData data;
    private final LocalDate day;
    private final List<KeyFeature> features;
    private final int window;
    private final Map<Integer, List<FeatureUse>> uses = new HashMap<>();

    PageBuilder(AccountData data, LocalDate day, List<KeyFeature> features, int window) {
        this.data = data;
        this.day = day;
        this.features = features;
        this.window = window;
        data.uses().forEach(u -> uses.computeIfAbsent(u.personId(), p -> new ArrayList<>()).add(u));
    }

    AccountPage build(AccountHealth health, IntSet struggling, SegmentCounts segment) {
        List<AccountPage.Person> people = new ArrayList<>();
        Map<Integer, Member> byId = new HashMap<>();
        for (Member m : data.members()) {
            byId.put(m.personId(), m);
            List<AccountPage.Use> row = new ArrayList<>();
            for (KeyFeature f : features) {
                row.add(use(HealthScorer.use(uses.get(m.personId()), f.key())));
            }
            people.add(new AccountPage.Person(m.personId(), m.userId(), m.email(), m.role() == null ? "" : m.role(),
                    m.activity().map(a -> a.lastDay()), row, struggling.contains(m.personId())));
        }
        people.sort(Comparator.comparing((AccountPage.Person p) -> p.lastActive().orElse(LocalDate.MIN)).reversed()
                .thenComparing(AccountPage.Person::userId));
        List<AccountPage.TimelineItem> timeline = new ArrayList<>();
        data.tickets().forEach(t -> timeline.add(new AccountPage.TimelineItem(t.day(), "ticket",
                t.subject() == null ? "(no subject)" : t.subject(), byId.get(t.personId()).userId())));
        data.contacts().forEach(c -> timeline.add(new AccountPage.TimelineItem(c.sentAt().atOffset(ZoneOffset.UTC).toLocalDate(), "outreach",
                c.campaignId() + (c.channel() == null ? "" : " (" + c.channel() + ")"), byId.get(c.personId()).userId())));
        List<AccountPage.SegmentAdoption> adoption = new ArrayList<>();
        for (KeyFeature f : features) {
            int adopters = 0;
            LocalDate first = null;
            for (Member m : data.members()) {
                FeatureUse u = HealthScorer.use(uses.get(m.personId()), f.key());
                if (u != null && u.firstAdoptionDay() >= 0) {
                    adopters++;
                    LocalDate d = LocalDate.ofEpochDay(u.firstAdoptionDay());
                    first = first == null || d.isBefore(first) ? d : first;
                }
            }
            if (first != null) {
                timeline.add(new AccountPage.TimelineItem(first, "adoption", "first adopter of " + f.name() + " (" + adopters + " in all)",
                        ""));
            }
            adoption.add(new AccountPage.SegmentAdoption(f.key(), f.name(), adopters, data.members().size(),
                    segment.adopters().getOrDefault(f.key(), 0), segment.people(), Optional.ofNullable(first)));
        }
        timeline.sort(Comparator.comparing(AccountPage.TimelineItem::day).reversed().thenComparing(AccountPage.TimelineItem::kind));
        return new AccountPage(day, health, features, people, timeline, adoption, plays(health, people));
    }

    private AccountPage.Use use(FeatureUse u) {
        if (u == null || u.lastUseDay() < 0) {
            return AccountPage.Use.NONE;
        }
        if (u.firstAdoptionDay() < 0) {
            return AccountPage.Use.USED;
        }
        return u.lastUseDay() < day.minusDays(window - 1L).toEpochDay() ? AccountPage.Use.STOPPED : AccountPage.Use.ADOPTED;
    }

    /** One play per reason, addressed about the account's most recently active person (its likeliest champion). */
    private List<AccountPage.Play> plays(AccountHealth health, List<AccountPage.Person> people) {
        List<AccountPage.Play> plays = new ArrayList<>();
        if (people.isEmpty()) {
            return plays;
        }
        AccountPage.Person contact = people.get(0);
        String fallbackFeature = features.stream().filter(f -> f.aimedAt(health.tier())).findFirst().or(() -> features.stream().findFirst())
                .map(KeyFeature::key).orElse("");
        for (RiskReason r : health.reasons()) {
            String subject = switch (r.kind()) {
                case ACTIVITY_DECLINE -> "Check in with " + health.name() + ": activity is falling";
                case FEATURE_STOPPED -> "Win back " + health.name() + " on " + featureName(r.featureKey());
                case STRUGGLES_AND_TICKETS -> "Help " + health.name() + " past its support issues";
            };
            String action = switch (r.kind()) {
                case ACTIVITY_DECLINE -> "Book a check-in call and ask what changed in their team.";
                case FEATURE_STOPPED -> "Ask why they stopped and offer a short walkthrough.";
                case STRUGGLES_AND_TICKETS -> "Review their open tickets with support and offer a working session.";
            };
            String body = String.format(Locale.ROOT, "%s (%s, %s): %s. %s Start with %s.", health.name(), health.accountId(),
                    health.tier(), r.text(), action, contact.label());
            plays.add(new AccountPage.Play(r, r.featureKey().isEmpty() ? fallbackFeature : r.featureKey(), contact.personId(),
                    contact.label(), subject, body));
        }
        return plays;
    }

    private String featureName(String key) {
        return features.stream().filter(f -> f.key().equals(key)).map(KeyFeature::name).findFirst().orElse(key);
    }
}
