package org.uptake.sample;

/** How much a person uses the product: chance of being active on a weekday / weekend day, sessions and events. */
enum ActivityTier {
    LIGHT(0.22, 0.05, 1, 1, 1, 3),
    REGULAR(0.50, 0.12, 1, 1, 2, 4),
    HEAVY(0.95, 0.55, 1, 2, 2, 4);

    final double weekdayChance;
    final double weekendChance;
    final int minSessions;
    final int maxSessions;
    final int minEvents;
    final int maxEvents;

    ActivityTier(double weekdayChance, double weekendChance, int minSessions, int maxSessions, int minEvents, int maxEvents) {
        this.weekdayChance = weekdayChance;
        this.weekendChance = weekendChance;
        this.minSessions = minSessions;
        this.maxSessions = maxSessions;
        this.minEvents = minEvents;
        this.maxEvents = maxEvents;
    }
}
