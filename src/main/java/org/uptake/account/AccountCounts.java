package org.uptake.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * What one account's people did as of one day, counted once: everything its health is scored from
 * (the score's weights and thresholds apply afterwards, so changing them never needs a recount).
 *
 * @param weekly    active people per week over the last {@link AccountCounter#WEEKS} weeks, oldest first
 * @param adopted   per key feature (in the features' order): whether anyone had adopted it by the day
 * @param stopped   per key feature: people who used it in the window before and not in the last one, though still active
 * @param still     per key feature: adopters who used it in the last window
 * @param lastOutreach the latest campaign message any of its people got by the day, with who got it and responded
 */
record AccountCounts(int people, int active, int previous, int struggling, int ticketsNow, int ticketsBefore, int[] weekly,
        boolean[] adopted, int[] stopped, int[] still, Optional<Outreach> lastOutreach) {

    /** The last campaign that reached the account: when, how many of its people got it, how many were active within a week. */
    record Outreach(String campaignId, Instant sentAt, int reached, int responded) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountCounts c && people == c.people && active == c.active && previous == c.previous
                && struggling == c.struggling && ticketsNow == c.ticketsNow && ticketsBefore == c.ticketsBefore
                && Arrays.equals(weekly, c.weekly) && Arrays.equals(adopted, c.adopted) && Arrays.equals(stopped, c.stopped)
                && Arrays.equals(still, c.still) && lastOutreach.equals(c.lastOutreach);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(people, active, previous, struggling, Arrays.hashCode(weekly), lastOutreach);
    }

    @Override
    public String toString() {
        return "AccountCounts[people=" + people + ", active=" + active + ", previous=" + previous + ", struggling=" + struggling
                + ", tickets=" + ticketsNow + "/" + ticketsBefore + ", weekly=" + Arrays.toString(weekly) + ", adopted="
                + Arrays.toString(adopted) + ", stopped=" + Arrays.toString(stopped) + ", still=" + Arrays.toString(still)
                + ", lastOutreach=" + lastOutreach + "]";
    }
}
