package org.uptake.sample;

import java.util.List;

/**
 * The generator's first pass: for every person, the few facts the story's quotas depend on
 * (segment, platform, activity, when they were active), kept in compact arrays.
 */
final class Census {

    static final int MOBILE = 1;
    static final int HEAVY = 2;
    static final int ADMIN = 4;
    static final int ACTIVE_SINCE_LAUNCH = 8;
    static final int ACTIVE_BEFORE_LAUNCH = 16;
    static final int ACTIVE_SINCE_EXPORTS = 32;

    final int size;
    final byte[] segment;
    final byte[] flags;

    private Census(int size) {
        this.size = size;
        this.segment = new byte[size];
        this.flags = new byte[size];
    }

    static Census take(Population population, int users) {
        Census census = new Census(users);
        long launch = ScenarioDates.launchMillis();
        long preStart = ScenarioDates.preWindowStart();
        long exportsLaunch = ScenarioDates.startOf(ScenarioDates.EXPORTS_LAUNCH);
        for (int i = 0; i < users; i++) {
            SamplePerson person = population.person(i);
            List<Session> sessions = population.sessions(person);
            int f = 0;
            if (person.isMobile()) {
                f |= MOBILE;
            }
            if (person.tier() == ActivityTier.HEAVY) {
                f |= HEAVY;
            }
            if ("admin".equals(person.role())) {
                f |= ADMIN;
            }
            for (Session s : sessions) {
                if (s.start() >= launch) {
                    f |= ACTIVE_SINCE_LAUNCH;
                } else if (s.start() >= preStart) {
                    f |= ACTIVE_BEFORE_LAUNCH;
                }
                if (s.start() >= exportsLaunch) {
                    f |= ACTIVE_SINCE_EXPORTS;
                }
            }
            census.segment[i] = (byte) person.segment().ordinal();
            census.flags[i] = (byte) f;
        }
        return census;
    }

    boolean is(int person, int flag) {
        return (flags[person] & flag) != 0;
    }

    Segment segmentOf(int person) {
        return Segment.values()[segment[person]];
    }
}
