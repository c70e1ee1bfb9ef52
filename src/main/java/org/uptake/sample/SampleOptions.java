package org.uptake.sample;

/**
 * What {@code uptake sample} was asked for: how many people, how many days of history ending two
 * weeks after the dashboard-customization launch, the random seed, whether to gzip event files, and
 * {@code activity}: a factor on everyone's chance to be active on a day (1 = the story's density;
 * 0.1 makes a million people write about ten million events, the benchmark's scale).
 */
public record SampleOptions(int users, int days, long seed, boolean gzip, double activity) {

    public static final int DEFAULT_USERS = 3000;
    public static final int DEFAULT_DAYS = 84;
    public static final long DEFAULT_SEED = 42;
    /** The story needs four weeks before launch (power-user profile, ticket baseline) plus two after. */
    public static final int MIN_DAYS = 42;
    public static final int MIN_USERS = 300;

    /** The story's own density: every person's chance to be active on a day as the tiers say. */
    public SampleOptions(int users, int days, long seed, boolean gzip) {
        this(users, days, seed, gzip, 1.0);
    }

    public SampleOptions {
        if (!(activity > 0 && activity <= 1)) {
            throw new IllegalArgumentException("--activity must be in (0, 1]: the share of each person's usual active days (got "
                    + activity + ")");
        }
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
