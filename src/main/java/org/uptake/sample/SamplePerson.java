package org.uptake.sample;

import java.time.ZoneId;

/**
 * One person of the scenario with everything drawn for them before any event: who they are,
 * where and how much they work, and the habits the story leans on.
 */
record SamplePerson(
        int index,
        String userId,
        SampleAccount account,
        Segment segment,
        String plan,
        String role,
        String email,
        long createdAt,
        ZoneId zone,
        String platform,
        ActivityTier tier,
        boolean optedOut,
        long churnEpochDay,
        boolean legacyFilterUser,
        int savedViewsLastWeek,
        String anonymousId) {

    boolean isMobile() {
        return !"web".equals(platform);
    }

    boolean usesSavedViews() {
        return savedViewsLastWeek >= 0;
    }
}
