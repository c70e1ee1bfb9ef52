package org.uptake.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Gives each person their part in the story with exact quotas (adoption by segment, abandonment
 * mostly on mobile, the campaign and its control group, the reverters, the tickets), chosen at
 * random by a seeded shuffle so the story's figures hold at any population size.
 */
final class Casting {

    static final double ADOPTION_OVERALL = 0.34;
    static final double ADOPTION_ENTERPRISE = 0.52;
    static final double ADOPTION_SMB = 0.21;
    static final double ABANDONED = 0.08;
    static final double ABANDONED_ON_MOBILE = 0.70;
    static final double CAMPAIGN_CONVERSION = 0.28;
    static final double CONTROL_CONVERSION = 0.10;
    static final double NAVIGATION_TICKETS_PER_PERSON_WEEK = 0.012;
    static final double NAVIGATION_TICKET_CHANGE = -0.19;
    static final double[] EXPORTS_ADOPTION = {0.22, 0.16, 0.09};

    final byte[] dashboard;
    final byte[] exports;
    final byte[] tickets;
    private final Census census;
    private final SplittableRandom random;

    private Casting(Census census, long seed) {
        this.census = census;
        this.dashboard = new byte[census.size];
        this.exports = new byte[census.size];
        this.tickets = new byte[census.size];
        this.random = Rng.global(seed, 11);
    }

    static Casting assign(Census census, SampleOptions options) {
        Casting casting = new Casting(census, options.seed());
        casting.castDashboard(options.scale());
        casting.castExports();
        casting.castTickets(options.scale());
        return casting;
    }

    DashboardRole dashboardRole(int person) {
        return DashboardRole.values()[dashboard[person]];
    }

    private void castDashboard(double scale) {
        List<Integer> powerUsers = shuffled(i -> active(i) && census.segmentOf(i) == Segment.ENTERPRISE && census.is(i, Census.HEAVY));
        int treated = (int) Math.round(150 * scale);
        int control = (int) Math.round(50 * scale);
        if (treated + control > powerUsers.size()) {
            treated = powerUsers.size() * 3 / 4;
            control = powerUsers.size() - treated;
        }
        int treatedConverted = (int) Math.round(CAMPAIGN_CONVERSION * treated);
        int controlConverted = (int) Math.round(CONTROL_CONVERSION * control);
        int next = 0;
        next = give(powerUsers, next, treatedConverted, DashboardRole.CAMPAIGN_CONVERTED);
        next = give(powerUsers, next, treated - treatedConverted, DashboardRole.CAMPAIGN_NOT_CONVERTED);
        next = give(powerUsers, next, controlConverted, DashboardRole.CONTROL_CONVERTED);
        next = give(powerUsers, next, control - controlConverted, DashboardRole.CONTROL_NOT_CONVERTED);
        give(powerUsers, next, powerUsers.size() - next, DashboardRole.EARLY_POWER_ADOPTER);
        int powerAdopters = powerUsers.size() - treated - control + treatedConverted + controlConverted;

        int[] activeBySegment = new int[3];
        for (int i = 0; i < census.size; i++) {
            if (active(i)) {
                activeBySegment[census.segment[i]]++;
            }
        }
        int totalActive = activeBySegment[0] + activeBySegment[1] + activeBySegment[2];
        int enterprise = (int) Math.round(ADOPTION_ENTERPRISE * activeBySegment[0]);
        int smb = (int) Math.round(ADOPTION_SMB * activeBySegment[2]);
        int midMarket = (int) Math.round(ADOPTION_OVERALL * totalActive) - enterprise - smb;
        int[] adopters = {Math.max(0, enterprise - powerAdopters), midMarket, smb};

        List<Integer> adopterPool = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            List<Integer> others = shuffled(i -> active(i) && census.segment[i] == segment.ordinal()
                    && dashboard[i] == DashboardRole.NONE.ordinal());
            int count = Math.min(adopters[segment.ordinal()], others.size());
            give(others, 0, count, DashboardRole.ADOPTER);
            adopterPool.addAll(others.subList(0, count));
        }
        castAdopterVariants(adopterPool, scale);

        int abandoned = (int) Math.round(ABANDONED * totalActive);
        List<Integer> mobile = shuffled(i -> active(i) && census.is(i, Census.MOBILE) && dashboard[i] == DashboardRole.NONE.ordinal());
        List<Integer> web = shuffled(i -> active(i) && !census.is(i, Census.MOBILE) && dashboard[i] == DashboardRole.NONE.ordinal());
        int onMobile = Math.min(mobile.size(), (int) Math.round(ABANDONED_ON_MOBILE * abandoned));
        int atMoveOnMobile = (int) Math.round(onMobile * 0.75);
        give(mobile, give(mobile, 0, atMoveOnMobile, DashboardRole.ABANDON_AT_MOVE), onMobile - atMoveOnMobile,
                DashboardRole.ABANDON_AT_EDIT);
        int onWeb = Math.min(web.size(), abandoned - onMobile);
        int atMoveOnWeb = (int) Math.round(onWeb * 0.3);
        give(web, give(web, 0, atMoveOnWeb, DashboardRole.ABANDON_AT_MOVE), onWeb - atMoveOnWeb, DashboardRole.ABANDON_AT_EDIT);
    }

    /** Reverters (two admins testing, one bug), late resets and second-attempt adopters among plain adopters. */
    private void castAdopterVariants(List<Integer> adopterPool, double scale) {
        int reverters = Math.max(3, (int) Math.round(3 * scale));
        int admins = (int) Math.round(reverters * 2 / 3.0);
        List<Integer> adminAdopters = adopterPool.stream().filter(i -> census.is(i, Census.ADMIN)).toList();
        give(adminAdopters, 0, Math.min(admins, adminAdopters.size()), DashboardRole.REVERT_ADMIN);
        List<Integer> rest = shuffle(new ArrayList<>(adopterPool.stream()
                .filter(i -> dashboard[i] == DashboardRole.ADOPTER.ordinal() && !census.is(i, Census.ADMIN)).toList()));
        int next = give(rest, 0, reverters - Math.min(admins, adminAdopters.size()), DashboardRole.REVERT_BUG);
        next = give(rest, next, Math.max(2, (int) Math.round(2 * scale)), DashboardRole.ADOPTER_LATE_RESET);
        give(rest, next, (int) Math.round(0.10 * adopterPool.size()), DashboardRole.ADOPTER_AFTER_RETRY);
    }

    private void castExports() {
        for (Segment segment : Segment.values()) {
            List<Integer> pool = shuffled(i -> census.is(i, Census.ACTIVE_SINCE_EXPORTS) && census.segment[i] == segment.ordinal());
            int adopters = (int) Math.round(EXPORTS_ADOPTION[segment.ordinal()] * pool.size());
            int abandoners = (int) Math.round(0.05 * pool.size());
            for (int k = 0; k < adopters + abandoners && k < pool.size(); k++) {
                exports[pool.get(k)] = (byte) (k < adopters ? 1 : 2);
            }
        }
    }

    private void castTickets(double scale) {
        List<Integer> before = shuffled(i -> census.is(i, Census.ACTIVE_BEFORE_LAUNCH));
        List<Integer> after = shuffled(this::active);
        int ticketsBefore = (int) Math.round(NAVIGATION_TICKETS_PER_PERSON_WEEK * before.size() * 4);
        int ticketsAfter = (int) Math.round(NAVIGATION_TICKETS_PER_PERSON_WEEK * (1 + NAVIGATION_TICKET_CHANGE) * after.size() * 2);
        mark(before, ticketsBefore, TicketRole.NAVIGATION_BEFORE);
        mark(after, ticketsAfter, TicketRole.NAVIGATION_AFTER);

        List<Integer> strugglers = shuffled(i -> census.is(i, Census.MOBILE) && dashboard[i] == DashboardRole.ABANDON_AT_MOVE.ordinal());
        mark(strugglers, Math.min(strugglers.size(), Math.max(6, (int) Math.round(14 * scale))), TicketRole.DRAG_AFTER_STRUGGLE);
        List<Integer> quiet = shuffled(i -> census.is(i, Census.MOBILE) && dashboard[i] == DashboardRole.ABANDON_AT_EDIT.ordinal());
        mark(quiet, Math.min(quiet.size(), Math.max(3, (int) Math.round(6 * scale))), TicketRole.DRAG_WITHOUT_SIGNAL);
        List<Integer> exporters = shuffled(i -> exports[i] != 0);
        mark(exporters, (int) Math.round(0.08 * exporters.size()), TicketRole.EXPORTS_PROBLEM);
        List<Integer> anyone = shuffled(i -> true);
        mark(anyone, (int) Math.round(0.04 * census.size), TicketRole.OTHER);
    }

    private boolean active(int person) {
        return census.is(person, Census.ACTIVE_SINCE_LAUNCH);
    }

    private List<Integer> shuffled(IntPredicate include) {
        List<Integer> people = new ArrayList<>();
        for (int i = 0; i < census.size; i++) {
            if (include.test(i)) {
                people.add(i);
            }
        }
        return shuffle(people);
    }

    private List<Integer> shuffle(List<Integer> people) {
        for (int i = people.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer swap = people.get(i);
            people.set(i, people.get(j));
            people.set(j, swap);
        }
        return people;
    }

    private int give(List<Integer> people, int from, int count, DashboardRole role) {
        int end = Math.min(people.size(), from + Math.max(0, count));
        for (int k = from; k < end; k++) {
            dashboard[people.get(k)] = (byte) role.ordinal();
        }
        return end;
    }

    private void mark(List<Integer> people, int count, int role) {
        for (int k = 0; k < count && k < people.size(); k++) {
            tickets[people.get(k)] |= (byte) role;
        }
    }
}
