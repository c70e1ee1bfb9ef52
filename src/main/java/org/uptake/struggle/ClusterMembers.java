package org.uptake.struggle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.adoption.Participant;

/**
 * Everyone who entered the feature, described for cluster discovery by who they are (segment,
 * plan, role, main platform, app version, account tier, tenure at launch) and where they tried it
 * (the platform of the attempt) — never by a struggle signal. The element a signal points at is
 * not an attribute either: clicking it is what a rage click on it is made of, so it describes the
 * cluster (its label and headline) instead.
 */
final class ClusterMembers {

    private static final long DAY = 86_400_000L;

    private ClusterMembers() {
    }

    static List<ClusterFinder.Member> of(FeatureParticipants all, StruggleData data, Set<Integer> struggling) {
        long launch = all.feature().launchedAt().toEpochDay() * DAY;
        List<ClusterFinder.Member> members = new ArrayList<>();
        // Every member's values are one of a few dozen sets: made once each, shared (no one changes them).
        Map<String, Set<String>> platforms = new HashMap<>();
        Map<String, Set<String>> ones = new HashMap<>();
        for (Participant p : all.active()) {
            if (!p.entered()) {
                continue;
            }
            Map<String, Set<String>> values = new LinkedHashMap<>();
            platform(values, ClusterAttribute.MAIN_PLATFORM, p.mainPlatform(), platforms);
            platform(values, ClusterAttribute.PLATFORM, p.entryPlatform(), platforms);
            put(values, ClusterAttribute.SEGMENT, p.segment(), ones);
            put(values, ClusterAttribute.PLAN, p.plan(), ones);
            put(values, ClusterAttribute.ROLE, p.role(), ones);
            put(values, ClusterAttribute.ACCOUNT_TIER, p.accountId() == null ? null : data.tiers.get(p.accountId()), ones);
            if (p.hasCreatedAt()) {
                put(values, ClusterAttribute.TENURE, tenure(p.createdAt(), launch), ones);
            }
            put(values, ClusterAttribute.APP_VERSION, appVersion(data.contextOf(p.personId())), ones);
            members.add(new ClusterFinder.Member(p.personId(), values, struggling.contains(p.personId())));
        }
        return members;
    }

    /** How long the person had been a customer when the feature launched (data time, not today). */
    static String tenure(long createdAt, long launch) {
        long days = (launch - createdAt) / DAY;
        if (createdAt >= launch) {
            return "joined after launch";
        }
        return days < 30 ? "under 30 days" : days < 182 ? "1–6 months" : "over 6 months";
    }

    /** A platform also counts as "mobile" when it is a phone or tablet one, so iOS and Android people can be one group. */
    private static void platform(Map<String, Set<String>> values, String attribute, String platform, Map<String, Set<String>> made) {
        if (platform == null || platform.isBlank()) {
            return;
        }
        values.put(attribute, made.computeIfAbsent(platform, ClusterMembers::platformValues));
    }

    private static Set<String> platformValues(String platform) {
        String p = platform.toLowerCase(Locale.ROOT);
        Set<String> platforms = new LinkedHashSet<>(List.of(p));
        if (ClusterFinder.MOBILE.contains(p)) {
            platforms.add(ClusterFinder.MOBILE_VALUE);
        }
        return Collections.unmodifiableSet(platforms);
    }

    private static void put(Map<String, Set<String>> values, String attribute, String value, Map<String, Set<String>> made) {
        if (value != null && !value.isBlank()) {
            values.put(attribute, made.computeIfAbsent(value, Set::of));
        }
    }

    /** The app version of the person's latest event in the feature's context that names one. */
    private static String appVersion(List<ContextEvent> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            String props = events.get(i).props();
            if (props != null && props.contains("version")) {
                String v = EventProperties.text(props, "app_version");
                if (v == null) {
                    v = EventProperties.text(props, "$app_version");
                }
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }
}
