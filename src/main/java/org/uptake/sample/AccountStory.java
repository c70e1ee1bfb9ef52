package org.uptake.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The accounts story (issue 18): reserved mid-market accounts with ARR from 120k to 250k, filled with
 * mid-market people whose own generated behaviour shows each cause — activity falling, saved views
 * stopped, tickets rising — plus accounts that churned in the window, healthy ones and a small one.
 * Only who belongs to which account changes: every event stays as drawn, the tier stays mid-market and
 * the ARR stays under the CSM-task threshold, so every other figure of the sample holds.
 */
final class AccountStory {

    /** Only this many people are read for the story, so a million-person sample does not draw everyone twice more. */
    static final int SCAN_LIMIT = 6_000;
    static final int WINDOW = 28;
    private static final List<String> NAME_A = List.of("Kestrel", "Alder", "Juniper", "Marlin", "Quarry", "Sable", "Tidewater",
            "Vesper", "Willow", "Zephyr", "Beacon");
    private static final List<String> NAME_B = List.of("Freight", "Insurance", "Clinics", "Outfitters", "Partners", "Dynamics");

    /** Why an account was planted. */
    enum Cause {
        ACTIVITY_DECLINE("activity-decline"), FEATURE_STOPPED("feature-stopped"), TICKETS("tickets"), CHURNED("churned"),
        HEALTHY("healthy"), SMALL("too-small");

        final String label;

        Cause(String label) {
            this.label = label;
        }
    }

    /** One planted account and its people (indexes into the population). */
    record Planted(SampleAccount account, Cause cause, List<Integer> people, int tickets, String featureKey) {
    }

    private final List<Planted> planted = new ArrayList<>();
    private final LocalDate lastDay;

    private AccountStory(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    /** Reads the first mid-market people's timelines, plants the accounts, and moves their people into them. */
    static AccountStory plant(Population population, Casting casting, SampleOptions options, ScenarioDates dates, int firstNumber) {
        AccountStory story = new AccountStory(ScenarioDates.LAST_DAY);
        long lastFrom = dates.lastEpochDay - WINDOW + 1;
        List<AccountFacts> facts = new ArrayList<>();
        for (int i = 0; i < Math.min(options.users(), SCAN_LIMIT); i++) {
            SamplePerson person = population.person(i);
            if (person.segment() == Segment.MID_MARKET) {
                PersonTimeline timeline = PersonTimeline.build(person, population.sessions(person), casting.dashboardRole(i),
                        casting.exports[i], casting.tickets[i], options.seed(), dates);
                facts.add(AccountFacts.of(timeline, dates.lastEpochDay, WINDOW));
            }
        }
        Pools pools = new Pools(facts);
        // Quiet since the 28 days before those: at the prediction check's earlier day they already look like leaving.
        Pool gone = pools.take(f -> !f.activeBefore() && !f.activeLast() && f.lastActiveDay() >= lastFrom - 3 * WINDOW);
        Pool churners = pools.take(f -> f.activeBefore() && !f.activeLast());
        Pool viewsStopped = pools.take(f -> f.stopped(f.savedViews(), lastFrom, WINDOW) && f.ticketsBefore() == 0
                && f.ticketsLast() == 0 && !f.stopped(f.exports(), lastFrom, WINDOW) && f.activeBefore());
        Pool exportsStopped = pools.take(f -> f.stopped(f.exports(), lastFrom, WINDOW) && f.ticketsBefore() == 0
                && f.ticketsLast() == 0 && f.savedViews().lastDay() < lastFrom - WINDOW && f.activeBefore());
        Pool ticketed = pools.take(f -> f.ticketsLast() > 0 && f.ticketsBefore() == 0 && f.activeBefore() && f.activeLast()
                && !f.stopped(f.savedViews(), lastFrom, WINDOW) && !f.stopped(f.exports(), lastFrom, WINDOW));
        Pool quiet = pools.take(f -> f.steady(lastFrom) && f.savedViews().lastDay() < lastFrom - WINDOW
                && f.exports().lastDay() < lastFrom - WINDOW);
        Pool steady = pools.take(f -> f.steady(lastFrom));
        SplittableRandom random = Rng.global(options.seed(), 13);
        Namer namer = new Namer(random, firstNumber, story.lastDay);
        for (int k = 0; k < 6 && churners.left() >= 3 && steady.left() >= 3; k++) {
            List<Integer> people = new ArrayList<>(churners.next(3));
            people.addAll(steady.next(3));
            // Two of them also cut their contract: the prediction check has downgrades to find.
            story.add(namer.account(k < 2 ? 200_000 : 120_000, k < 2), Cause.ACTIVITY_DECLINE, people, 0);
        }
        for (int k = 0; k < 5 && quiet.left() >= 3; k++) {
            Pool stopped = k % 2 == 0 && viewsStopped.left() >= 3 || exportsStopped.left() < 3 ? viewsStopped : exportsStopped;
            if (stopped.left() < 3) {
                break;
            }
            List<Integer> people = new ArrayList<>(stopped.next(3));
            people.addAll(quiet.next(3));
            story.add(namer.account(120_000, false), Cause.FEATURE_STOPPED, people, 0,
                    stopped == viewsStopped ? "saved-views" : "scheduled-exports");
        }
        for (int k = 0; k < 4 && steady.left() >= 3; k++) {
            List<Integer> people = new ArrayList<>();
            int tickets = 0;
            while (tickets < 5 && ticketed.left() > 0) {
                AccountFacts f = ticketed.facts();
                people.add(f.index());
                tickets += f.ticketsLast();
            }
            if (tickets < 5) {
                break;
            }
            people.addAll(steady.next(3));
            story.add(namer.account(120_000, false), Cause.TICKETS, people, tickets);
        }
        for (int k = 0; k < 2 && gone.left() >= 3 && churners.left() >= 2; k++) {
            List<Integer> people = new ArrayList<>(gone.next(3));
            people.addAll(churners.next(2));
            long lastActive = people.stream().mapToLong(i -> pools.of(i).lastActiveDay()).max().orElse(dates.lastEpochDay);
            // The contract ended two weeks after the account's last use, and within the data (three weeks before its end at the earliest).
            long churned = Math.min(dates.lastEpochDay, Math.max(lastActive + 14, dates.lastEpochDay - 21));
            SampleAccount a = namer.account(120_000, false);
            story.add(new SampleAccount(a.id(), a.name(), a.tier(), a.arr(), a.csmOwner(), a.domain(), LocalDate.ofEpochDay(churned),
                    null, null), Cause.CHURNED, people, 0);
        }
        for (int k = 0; k < 3 && steady.left() >= 8; k++) {
            story.add(namer.account(120_000, false), Cause.HEALTHY, steady.next(8), 0);
        }
        if (steady.left() >= 3) {
            story.add(namer.account(120_000, false), Cause.SMALL, steady.next(3), 0);
        }
        Map<Integer, SampleAccount> moves = new HashMap<>();
        story.planted.forEach(p -> p.people().forEach(i -> moves.put(i, p.account())));
        population.move(moves, story.accounts());
        return story;
    }

    private void add(SampleAccount account, Cause cause, List<Integer> people, int tickets) {
        add(account, cause, people, tickets, "");
    }

    private void add(SampleAccount account, Cause cause, List<Integer> people, int tickets, String featureKey) {
        planted.add(new Planted(account, cause, List.copyOf(people), tickets, featureKey));
    }

    List<SampleAccount> accounts() {
        return planted.stream().map(Planted::account).toList();
    }

    List<Planted> planted() {
        return List.copyOf(planted);
    }

    /** What truth.json records: each planted account, its cause, people, and ARR on the data's last day. */
    ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("description", "Planted accounts (mid-market, ARR 120k-250k): at risk from activity decline, saved views stopped or"
                + " tickets rising; churned in the window; healthy; too small to score. At-risk accounts rank by ARR on " + lastDay + ".");
        ArrayNode list = root.putArray("planted");
        for (Planted p : planted) {
            SampleAccount a = p.account();
            ObjectNode o = list.addObject().put("accountId", a.id()).put("name", a.name()).put("cause", p.cause().label)
                    .put("people", p.people().size()).put("arr", a.arr());
            boolean downgraded = a.arrChangeAt() != null && !a.arrChangeAt().isAfter(lastDay);
            o.put("arrOnLastDay", downgraded ? a.arrAfter() : a.arr());
            if (a.churnedAt() != null) {
                o.put("churnedAt", a.churnedAt().toString());
            }
            if (a.arrChangeAt() != null) {
                o.put("arrChangeAt", a.arrChangeAt().toString()).put("arrAfter", a.arrAfter());
            }
            if (!p.featureKey().isEmpty()) {
                o.put("feature", p.featureKey());
            }
            if (p.tickets() > 0) {
                o.put("ticketsLast28Days", p.tickets());
            }
        }
        return root;
    }

    /** Names, ids, ARR and owners of the planted accounts, from their own random stream. */
    private static final class Namer {
        private final SplittableRandom random;
        private final LocalDate lastDay;
        private int number;

        Namer(SplittableRandom random, int firstNumber, LocalDate lastDay) {
            this.random = random;
            this.number = firstNumber;
            this.lastDay = lastDay;
        }

        SampleAccount account(long minArr, boolean downgrade) {
            int n = number++;
            String name = NAME_A.get(n % NAME_A.size()) + " " + NAME_B.get(n / NAME_A.size() % NAME_B.size());
            long arr = minArr + random.nextInt((int) (250_000 - minArr));
            String owner = Rng.pick(random, Population.CSMS);
            String domain = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".example";
            String id = String.format("acc_%05d", n);
            if (downgrade) {
                return new SampleAccount(id, name, Segment.MID_MARKET.label, arr, owner, domain, null, lastDay.minusDays(7),
                        Math.round(arr * 0.7 / 1000) * 1000);
            }
            return new SampleAccount(id, name, Segment.MID_MARKET.label, arr, owner, domain);
        }
    }

    /** The scanned people, each taken by the first pool whose test they pass. */
    private static final class Pools {
        private final List<AccountFacts> facts;
        private final Map<Integer, AccountFacts> byIndex = new HashMap<>();
        private final boolean[] taken;

        Pools(List<AccountFacts> facts) {
            this.facts = facts;
            this.taken = new boolean[facts.size()];
            facts.forEach(f -> byIndex.put(f.index(), f));
        }

        Pool take(Predicate<AccountFacts> test) {
            List<AccountFacts> pool = new ArrayList<>();
            for (int k = 0; k < facts.size(); k++) {
                if (!taken[k] && test.test(facts.get(k))) {
                    taken[k] = true;
                    pool.add(facts.get(k));
                }
            }
            return new Pool(pool);
        }

        AccountFacts of(int index) {
            return byIndex.get(index);
        }
    }

    /** People of one kind, handed out in index order. */
    private static final class Pool {
        private final List<AccountFacts> people;
        private int next;

        Pool(List<AccountFacts> people) {
            this.people = people;
        }

        int left() {
            return people.size() - next;
        }

        AccountFacts facts() {
            return people.get(next++);
        }

        List<Integer> next(int count) {
            List<Integer> out = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                out.add(facts().index());
            }
            return out;
        }
    }
}
