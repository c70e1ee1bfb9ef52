package org.uptake.account;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uptake.model.ByPersonId;
import org.uptake.workspace.AccountStore.AccountData;
import org.uptake.workspace.AccountStore.Contact;
import org.uptake.workspace.AccountStore.FeatureUse;
import org.uptake.workspace.AccountStore.Member;
import org.uptake.workspace.AccountStore.PersonTicket;
import org.uptake.workspace.AccountStore.StoredAccount;
import org.uptake.workspace.PersonActivity;

/**
 * Counts what every account's people did as of one day (DESIGN §5 "Account health"), from what the
 * workspace held up to that day only: one pass over each person's recent days, in epoch days and
 * primitive maps, because at a million people this pass is most of the book's time.
 */
final class AccountCounter {

    /** Weeks of the sparkline. */
    static final int WEEKS = 12;
    /** Days after a campaign message in which activity counts as a response. */
    static final int RESPONSE_DAYS = 7;
    private static final int[] NO_DAYS = new int[0];

    private final int window;
    private final List<KeyFeature> features;

    AccountCounter(int window, List<KeyFeature> features) {
        this.window = window;
        this.features = List.copyOf(features);
    }

    /** Each account's counts as of {@code day}, by account id; {@code struggling}: the people struggling in the last window. */
    Map<String, AccountCounts> count(AccountData data, LocalDate day, IntSet struggling) {
        Map<String, List<Member>> byAccount = new HashMap<>();
        data.members().forEach(m -> byAccount.computeIfAbsent(m.accountId(), a -> new ArrayList<>()).add(m));
        People people = new People(data, day);
        Map<String, AccountCounts> out = new HashMap<>(data.accounts().size() * 2);
        for (StoredAccount a : data.accounts()) {
            out.put(a.id(), one(byAccount.getOrDefault(a.id(), List.of()), people, day, struggling));
        }
        return out;
    }

    /** The data about people an account's count looks up: feature use per key feature, ticket counts and contacts. */
    private final class People {
        /** Per person: first adoption and last use (epoch days, -1 for never) of each key feature, in pairs. */
        final ByPersonId<long[]> uses = new ByPersonId<>();
        final Int2IntOpenHashMap ticketsNow = new Int2IntOpenHashMap();
        final Int2IntOpenHashMap ticketsBefore = new Int2IntOpenHashMap();
        final Int2ObjectOpenHashMap<List<Contact>> contacts = new Int2ObjectOpenHashMap<>();

        People(AccountData data, LocalDate day) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < features.size(); i++) {
                index.putIfAbsent(features.get(i).key(), i);
            }
            for (FeatureUse u : data.uses()) {
                Integer f = index.get(u.featureKey());
                if (f == null) {
                    continue;
                }
                long[] row = uses.computeIfAbsent(u.personId(), p -> {
                    long[] none = new long[2 * features.size()];
                    Arrays.fill(none, Long.MIN_VALUE);
                    return none;
                });
                if (row[2 * f] == Long.MIN_VALUE) { // the first row of a person and feature counts, as before
                    row[2 * f] = u.firstAdoptionDay();
                    row[2 * f + 1] = u.lastUseDay();
                }
            }
            long to = day.toEpochDay();
            long from = to - window + 1;
            long previousFrom = from - window;
            for (PersonTicket t : data.tickets()) {
                long d = t.day().toEpochDay();
                if (d >= from && d <= to) {
                    ticketsNow.addTo(t.personId(), 1);
                } else if (d >= previousFrom && d < from) {
                    ticketsBefore.addTo(t.personId(), 1);
                }
            }
            data.contacts().forEach(c -> contacts.computeIfAbsent(c.personId(), p -> new ArrayList<>()).add(c));
        }
    }

    private AccountCounts one(List<Member> members, People people, LocalDate day, IntSet struggling) {
        long to = day.toEpochDay();
        long from = to - window + 1;
        long previousFrom = from - window;
        long earliest = Math.min(previousFrom, to - 7L * WEEKS + 1);
        int f = features.size();
        int active = 0;
        int previous = 0;
        int strugglingPeople = 0;
        int ticketsNow = 0;
        int ticketsBefore = 0;
        int[] weekly = new int[WEEKS];
        boolean[] adopted = new boolean[f];
        int[] stopped = new int[f];
        int[] still = new int[f];
        for (Member m : members) {
            int[] days = m.activity().map(a -> a.epochDaysIn(earliest, to)).orElse(NO_DAYS);
            boolean isActive = false;
            boolean wasActive = false;
            int weeks = 0;
            for (int d : days) {
                long ago = to - d;
                if (ago < window) {
                    isActive = true;
                } else if (ago < 2L * window) {
                    wasActive = true;
                }
                if (ago < 7L * WEEKS) {
                    weeks |= 1 << (int) (ago / 7);
                }
            }
            active += isActive ? 1 : 0;
            previous += wasActive ? 1 : 0;
            for (int w = 0; w < WEEKS; w++) {
                weekly[WEEKS - 1 - w] += (weeks >>> w) & 1;
            }
            int id = m.personId();
            strugglingPeople += struggling.contains(id) ? 1 : 0;
            ticketsNow += people.ticketsNow.get(id);
            ticketsBefore += people.ticketsBefore.get(id);
            long[] uses = people.uses.get(id);
            if (uses == null) {
                continue;
            }
            for (int i = 0; i < f; i++) {
                long adoptedOn = uses[2 * i];
                long lastUse = uses[2 * i + 1];
                if (adoptedOn == Long.MIN_VALUE || adoptedOn < 0 || adoptedOn > to) {
                    continue;
                }
                adopted[i] = true;
                // Only the last use is kept per person, so "stopped" is read as of the data's last day.
                if (lastUse > to) {
                    continue;
                }
                if (lastUse >= from) {
                    still[i]++;
                } else if (lastUse >= previousFrom && isActive) {
                    stopped[i]++;
                }
            }
        }
        return new AccountCounts(members.size(), active, previous, strugglingPeople, ticketsNow, ticketsBefore, weekly, adopted, stopped,
                still, lastOutreach(members, people, day));
    }

    /** The latest campaign message any of the people got by the day (the first of equal times), and who responded. */
    private static Optional<AccountCounts.Outreach> lastOutreach(List<Member> members, People people, LocalDate day) {
        Instant dayEnd = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Contact last = null;
        for (Member m : members) {
            for (Contact c : people.contacts.getOrDefault(m.personId(), List.of())) {
                if (c.sentAt().isBefore(dayEnd) && (last == null || c.sentAt().isAfter(last.sentAt()))) {
                    last = c;
                }
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        String campaign = last.campaignId();
        LocalDate sent = last.sentAt().atOffset(ZoneOffset.UTC).toLocalDate();
        int reached = 0;
        int responded = 0;
        for (Member m : members) {
            if (people.contacts.getOrDefault(m.personId(), List.of()).stream().anyMatch(c -> c.campaignId().equals(campaign))) {
                reached++;
                PersonActivity a = m.activity().orElse(null);
                responded += a != null && a.activeIn(sent.plusDays(1), sent.plusDays(RESPONSE_DAYS)) ? 1 : 0;
            }
        }
        return Optional.of(new AccountCounts.Outreach(campaign, last.sentAt(), reached, responded));
    }
}
