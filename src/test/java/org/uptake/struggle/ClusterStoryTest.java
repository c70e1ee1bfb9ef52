package org.uptake.struggle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uptake.adoption.Participant;
import org.uptake.model.Evidence;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;
import org.uptake.outreach.Tips;

/** Clusters that explain: who and where only, one finding told once, in plain words, with a tip that fits. */
class ClusterStoryTest {

    private static final ClusterAttribute MOBILE_USERS = new ClusterAttribute(ClusterAttribute.MAIN_PLATFORM, "mobile");
    private static final ClusterAttribute ON_MOBILE = new ClusterAttribute(ClusterAttribute.PLATFORM, "mobile");
    private static final ClusterAttribute SMB = new ClusterAttribute(ClusterAttribute.SEGMENT, "smb");

    private static BitSet bits(int from, int to) {
        BitSet b = new BitSet();
        b.set(from, to);
        return b;
    }

    private static ClusterFinder.Group group(List<ClusterAttribute> attributes, BitSet members, double oddsRatio) {
        return new ClusterFinder.Group(attributes, members, members.cardinality(), members.cardinality(), oddsRatio, 0.001, 0.01);
    }

    @Test
    void groupsSharingFourFifthsOfTheirPeopleAreOneFindingInTheSimplestWords() {
        BitSet struggling = bits(0, 100);
        List<ClusterFinder.Group> ranked = List.of(
                group(List.of(MOBILE_USERS, SMB), bits(0, 45), 9),     // 45 of "on mobile"'s 50: 90% of both
                group(List.of(ON_MOBILE), bits(0, 50), 6),
                group(List.of(MOBILE_USERS), bits(2, 50), 5),           // 48 of 50: the same people as "on mobile"
                group(List.of(SMB), bits(60, 100), 4));
        List<ClusterFinder.Group> merged = ClusterFinder.merge(ranked, struggling);
        assertEquals(List.of(List.of(ON_MOBILE), List.of(SMB)), merged.stream().map(ClusterFinder.Group::attributes).toList());
        assertEquals(List.of(List.of(MOBILE_USERS, SMB), List.of(MOBILE_USERS)), merged.get(0).also());
    }

    @Test
    void membersAreDescribedByWhoAndWhereNeverByTheStepTheyStoppedAt() {
        assertEquals(List.of("role", "main platform", "segment", "plan", "account tier", "tenure", "app version", "platform of the attempt"),
                ClusterAttribute.ALL);
        assertEquals("under 30 days", ClusterMembers.tenure(0, 29L * 86_400_000L));
        assertEquals("1–6 months", ClusterMembers.tenure(0, 30L * 86_400_000L));
        assertEquals("joined after launch", ClusterMembers.tenure(5, 5));
    }

    private static StrugglingPerson person(int id, String target, String step) {
        Instant at = Instant.parse("2026-03-03T10:00:00Z").plusSeconds(id);
        Participant p = new Participant(id, "u" + id, null, "smb", "pro", "analyst", Long.MIN_VALUE, "ios", "ios", 2, at, null, false, false, at);
        List<Signal> signals = new ArrayList<>();
        signals.add(new Signal(SignalKind.ABANDONED, id, "u" + id, at, "stopped at " + step + " (step 2 of 3)", List.of()));
        if (target != null) {
            signals.add(new Signal(SignalKind.RAGE_CLICKS, id, "u" + id, at, "3 clicks on " + target,
                    List.of(new Evidence(at, "event", "tap", target, null))));
        }
        return new StrugglingPerson(p, step, 5, signals);
    }

    @Test
    void theHeadlineSaysWhoWhatAndHowMuchMoreAndTheTipFollowsTheSignal() {
        List<StrugglingPerson> people = List.of(person(1, "save_button", "rows_selected"), person(2, "save_button", "rows_selected"),
                person(3, null, "rows_selected"), person(4, null, "bulk_opened"));
        ClusterStory story = ClusterStory.of(List.of(MOBILE_USERS), people, 0.31, 0.19);
        assertEquals("Mobile users abandon at rows_selected and rage-click save_button: 31% struggle vs 19%", story.headline());
        assertEquals("mobile users · abandoned attempts · rage clicks on save_button", story.label());
        assertEquals(SignalKind.RAGE_CLICKS, story.mainSignal());
        assertEquals("People on smb accounts on the pro plan trying it on mobile",
                ClusterStory.who(List.of(SMB, new ClusterAttribute(ClusterAttribute.PLAN, "pro"), ON_MOBILE)));
        assertEquals("Managers mostly on ios", ClusterStory.who(List.of(new ClusterAttribute(ClusterAttribute.ROLE, "manager"),
                new ClusterAttribute(ClusterAttribute.MAIN_PLATFORM, "ios"))));
        StruggleCluster cluster = new StruggleCluster(List.of(MOBILE_USERS), story.label(), 4, 13, 0.31, 0.19, 2, 0.001, 0.01,
                Map.of(SignalKind.ABANDONED, 4), List.of(1, 2, 3, 4), story.headline(), List.of(), story.mainSignal(), story.mainTarget());
        assertEquals("One tap on the save button is enough; it can take a moment to respond, and more taps do not speed it up.",
                Tips.forCluster(cluster, null));
        ClusterStory abandoned = ClusterStory.of(List.of(SMB), List.of(person(5, null, "bulk_opened")), 1, 0.5);
        assertEquals("People on smb accounts abandon at bulk_opened: 100% struggle vs 50%", abandoned.headline());
        assertEquals(null, Tips.forSignal(abandoned.mainSignal(), abandoned.mainTarget(), "ios"), "no tip rather than a wrong one");
    }
}
