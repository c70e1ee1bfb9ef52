package org.uptake.sample;

/**
 * What {@code uptake sample} was asked for: how many people, how many days of history ending two
 * weeks after the dashboard-customization launch, the random seed, and whether to gzip event files.
 */
public record SampleOptions(int users, int days, long seed, boolean gzip) {

    public static final int DEFAULT_USERS = 3000;
    public static final int DEFAULT_DAYS = 84;
    public static final long DEFAULT_SEED = 42;
    /** The story needs four weeks before launch (power-user profile, ticket baseline) plus two after. */
    public static final int MIN_DAYS = 42;
    public static final int MIN_USERS = 300;

    public SampleOptions {
        if (users < MIN_USERS) {
            throw new IllegalArgumentException("--users must be at least " + MIN_USERS + " for the story to hold (got " + users + ")");
        }
        if (days < MIN_DAYS) {
            throw new IllegalArgumentException("--days must be at least " + MIN_DAYS
                    + ": the story needs four weeks before launch and two after (got " + days + ")");
        }
    }

    public static SampleOptions defaults() {
        return new SampleOptions(DEFAULT_USERS, DEFAULT_DAYS, DEFAULT_SEED, false);
    }

    /** How the story's absolute numbers (150 campaign recipients, 3 reverters) scale with the population. */
    double scale() {
        return users / (double) DEFAULT_USERS;
    }
}
