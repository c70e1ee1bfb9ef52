package org.uptake.outreach;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.adoption.Participant;
import org.uptake.model.Channel;
import org.uptake.model.Feature;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StruggleReport;
import org.uptake.struggle.StrugglingPerson;

/**
 * Puts a feature's people into audiences and applies the policy of DESIGN §6 to each: opted-out
 * people are never contacted, nobody is contacted twice within the cap (across all features; when two
 * features compete for a person, the one with the higher {@code outreach.priority.<feature>} setting
 * wins), the rest are routed — a CSM task for high-value accounts, in-app for people active lately,
 * email for the dormant — and a stable random share of them is held out as the control group of the
 * campaign that channel's messages go out in. Whoever was held out of an earlier campaign stays out.
 */
final class OutreachPlanner {

    private final OutreachQueries queries;

    OutreachPlanner(OutreachQueries queries) {
        this.queries = queries;
    }

    OutreachPlan plan(FeatureParticipants all, StruggleReport struggles, OutreachSettings settings,
            java.util.function.ToIntFunction<String> priority) {
        Feature feature = all.feature();
        Instant asOf = queries.lastEvent();
        Map<Integer, OutreachQueries.Reach> reach = queries.reach();
        Map<Integer, LocalDate> lastActive = queries.lastActive();
        Map<Integer, OutreachQueries.Contact> contacted = queries.contactsSince(asOf.minus(Duration.ofDays(settings.capDays())));
        Map<Integer, String> reserved = queries.reservedByOtherFeatures(feature.key());
        Map<Integer, String> controls = queries.earlierControls(feature.key());
        LocalDate activeSince = asOf.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(settings.inAppActiveDays() - 1L);

        Map<Integer, Member> members = audiences(all, struggles);
        List<PlannedContact> contacts = new ArrayList<>();
        for (Member m : members.values()) {
            Participant p = m.person();
            OutreachQueries.Reach r = reach.get(p.personId());
            String email = r == null ? null : r.email();
            String account = r == null ? null : r.accountName();
            String csm = r == null ? null : r.csmOwner();
            PlannedContact.Outcome outcome = PlannedContact.Outcome.ROUTED;
            Channel channel = null;
            String note;
            OutreachQueries.Contact last = contacted.get(p.personId());
            String earlierControl = controls.get(p.personId());
            if (r != null && r.optedOut()) {
                outcome = PlannedContact.Outcome.OPTED_OUT;
                note = "opted out of messages";
            } else if (earlierControl != null) {
                // Once in a control group, always: contacting them later would blur what that campaign measured.
                outcome = PlannedContact.Outcome.HELD_OUT;
                note = "in the control group " + earlierControl + ": never contacted about this feature";
            } else if (last != null) {
                outcome = PlannedContact.Outcome.CAPPED;
                note = "contacted " + last.at().atOffset(ZoneOffset.UTC).toLocalDate() + " (" + last.source() + "); at most once in "
                        + settings.capDays() + " days";
            } else if (reserved.containsKey(p.personId())
                    && priority.applyAsInt(reserved.get(p.personId())) >= priority.applyAsInt(feature.key())) {
                outcome = PlannedContact.Outcome.CAPPED;
                note = "a message about " + reserved.get(p.personId()) + " (priority " + priority.applyAsInt(reserved.get(p.personId()))
                        + ") is already waiting for review";
            } else {
                // The coin is tossed among the people who would be contacted, after routing, so each campaign's
                // control is the same kind of people, reached the same way, as the people it contacted.
                if (r != null && (r.tier() != null && settings.csmTiers().contains(r.tier().toLowerCase(Locale.ROOT))
                        || r.arr() >= settings.csmMinArr())) {
                    channel = Channel.CSM_TASK;
                    note = String.format(Locale.ROOT, "high-value account %s (%s, ARR %,.0f): a CSM task for %s", account,
                            r.tier(), r.arr(), csm == null ? "the account's CSM" : csm);
                } else {
                    LocalDate seen = lastActive.get(p.personId());
                    boolean active = seen != null && !seen.isBefore(activeSince);
                    channel = active || email == null || email.isBlank() ? Channel.IN_APP : Channel.EMAIL;
                    note = active ? "active on " + seen + ": shown in-app" : email == null || email.isBlank()
                            ? "no email address: shown in-app when they return" : "last active " + seen + ": email";
                }
                if (heldOut(feature.key(), p.userId(), settings.holdoutShare())) {
                    outcome = PlannedContact.Outcome.HELD_OUT;
                    note = String.format(Locale.ROOT, "in the %.0f%% control group of the next %s campaign: never contacted about"
                            + " this feature", 100 * settings.holdoutShare(), channel.label());
                }
            }
            if (outcome == PlannedContact.Outcome.ROUTED && reserved.containsKey(p.personId())) {
                note += "; takes the place of the waiting message about " + reserved.get(p.personId()) + " (lower priority)";
            }
            contacts.add(new PlannedContact(p, email, account, csm, m.audience(), m.why(), m.cluster(), m.tip(), channel, outcome, note));
        }
        return new OutreachPlan(feature, asOf, settings, contacts);
    }

    /** {@code tip}: what the person's own signals call for, on their platform (null when nothing specific is known). */
    private record Member(Participant person, Audience audience, String why, String cluster, String tip) {
    }

    /** Each active person in the first audience that fits: struggling, workaround, stopped, not adopted. */
    private static Map<Integer, Member> audiences(FeatureParticipants all, StruggleReport struggles) {
        Feature feature = all.feature();
        Map<Integer, Member> members = new LinkedHashMap<>();
        Map<Integer, String> clusterOf = new HashMap<>();
        for (StruggleCluster c : struggles.clusters()) {
            c.people().forEach(id -> clusterOf.putIfAbsent(id, c.headline()));
        }
        for (StrugglingPerson s : struggles.struggling()) {
            String kinds = String.join(", ", s.kinds().stream().map(SignalKind::label).toList());
            members.put(s.person().personId(), new Member(s.person(), Audience.STRUGGLING, "struggle signals: " + kinds
                    + " (score " + s.score() + ")", clusterOf.get(s.person().personId()),
                    Tips.forPerson(s.signals(), s.person().entryPlatform() != null ? s.person().entryPlatform() : s.person().mainPlatform())));
        }
        Map<Integer, Signal> workarounds = new HashMap<>();
        struggles.signals().stream().filter(x -> x.kind() == SignalKind.WORKAROUND).forEach(x -> workarounds.putIfAbsent(x.personId(), x));
        for (Participant p : all.active()) {
            if (members.containsKey(p.personId())) {
                continue;
            }
            Signal workaround = workarounds.get(p.personId());
            if (workaround != null) {
                members.put(p.personId(), new Member(p, Audience.WORKAROUND, "still uses " + workaround.detail(), null, null));
            } else if (p.stopped()) {
                members.put(p.personId(), new Member(p, Audience.STOPPED, "adopted " + p.adoptedAt().atOffset(ZoneOffset.UTC).toLocalDate()
                        + ", active lately, no use in the last 14 days", null, null));
            } else if (!p.adopted() && (feature.targetSegments().isEmpty() || feature.targetSegments().contains(p.segment()))) {
                members.put(p.personId(), new Member(p, Audience.NOT_ADOPTED, (p.segment() == null ? "active" : p.segment() + ", active")
                        + " since launch, " + (p.entered() ? "started but never finished" : "has not tried it"), null, null));
            }
        }
        return members;
    }

    /**
     * A stable coin per person and feature: the same people stay in the control group every time the
     * plan is made. SHA-256, not a checksum: a CRC is linear, so ids that differ in one character
     * (a01, d01, n01) land on the same side and the "random" control follows the id scheme.
     */
    static boolean heldOut(String featureKey, String userId, double share) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((featureKey + "\u0000" + userId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long top = 0;
            for (int i = 0; i < 4; i++) {
                top = top << 8 | (h[i] & 0xFF);
            }
            return top / (double) (1L << 32) < share;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
