package org.uptake.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.ByPersonId;
import org.uptake.model.Feature;
import org.uptake.model.PersonIdSet;
import org.uptake.workspace.Cached;
import org.uptake.workspace.Workspace;

/**
 * Everything the adoption analyses need about one feature in one window, read once from the
 * rollups: the people active in the window with their attributes, each one's first adoption and
 * last use, their funnel-step and revert events, and who was active lately. Public only so the
 * service graph can own the cache that shares it ({@link #cache}); its content stays in this package.
 */
public final class FeaturePeople {

    /** Which feature and days a read covers: the key it is remembered by. */
    public record Window(Feature feature, LocalDate from, LocalDate to) {
    }

    /** A person active in the window. */
    record Person(int id, String userId, String accountId, String segment, String plan, String role, long createdAt,
            String platform) {
    }

    /** One funnel-step or revert event: which step (0-based; -1 for the revert event), when, on which platform. */
    record StepEvent(int step, long ts, String platform) {
    }

    final Feature feature;
    final LocalDate from;
    final LocalDate to;
    final long launch;
    final long windowStart;
    final long windowEnd;
    /** The people active in the window, by ascending id. */
    final ActivePeople active = new ActivePeople();
    /**
     * Each person's first adoption on or after launch and last use, over all time: the same in every window of a
     * feature, so a read of several windows shares one (a million people's, three windows of six features, were a third
     * of the heap of a watch refresh).
     */
    final ByPersonId<long[]> use;
    final ByPersonId<List<StepEvent>> steps = new ByPersonId<>();
    final PersonIdSet activeLately = new PersonIdSet();
    /** People who did the adoption event inside the window (on or after launch): adoption in a window, for comparisons. */
    final PersonIdSet adoptedInWindow = new PersonIdSet();

    /**
     * The people active in a window, in a list by ascending id. The read adds them in id order, so they are kept as
     * added; a hash map of them (each addition a probe into a map of 400,000 people) was a twentieth of a watch
     * refresh. Added out of order, they are sorted when next asked for, a later addition of an id replacing the earlier.
     */
    static final class ActivePeople {
        private final ArrayList<Person> people = new ArrayList<>();
        private boolean inIdOrder = true;

        void add(Person p) {
            if (!people.isEmpty() && people.get(people.size() - 1).id() >= p.id()) {
                inIdOrder = false;
            }
            people.add(p);
        }

        /** The people by ascending id (a view: not to be changed). */
        List<Person> values() {
            settle();
            return java.util.Collections.unmodifiableList(people);
        }

        int size() {
            settle();
            return people.size();
        }

        private void settle() {
            if (inIdOrder) {
                return;
            }
            // Stable, so of one id's additions the last is the last of its run: that one is kept, as a map's put keeps it.
            people.sort(java.util.Comparator.comparingInt(Person::id));
            int kept = 0;
            for (int i = 0; i < people.size(); i++) {
                if (i + 1 < people.size() && people.get(i + 1).id() == people.get(i).id()) {
                    continue;
                }
                people.set(kept++, people.get(i));
            }
            people.subList(kept, people.size()).clear();
            inIdOrder = true;
        }
    }

    /** The cache of a workspace's reads: few, since at a million people one feature's read holds about 100 MB. */
    public static Cached<Window, FeaturePeople> cache(Workspace workspace) {
        return new Cached<>(workspace, 2);
    }

    FeaturePeople(Feature feature, LocalDate from, LocalDate to) {
        this(feature, from, to, new ByPersonId<>());
    }

    /** A window whose people's use is {@code use}, shared with the feature's other windows of the same read. */
    FeaturePeople(Feature feature, LocalDate from, LocalDate to, ByPersonId<long[]> use) {
        this.use = use;
        this.feature = feature;
        this.from = from;
        this.to = to;
        this.launch = feature.launchedAt().toEpochDay() * 86_400_000L;
        this.windowStart = Math.max(launch, from.toEpochDay() * 86_400_000L);
        this.windowEnd = (to.toEpochDay() + 1) * 86_400_000L;
    }

    /** First adoption on or after launch and inside the window, or Long.MAX_VALUE. */
    long firstAdoption(int person) {
        return firstAdoption(use.get(person));
    }

    /** {@link #firstAdoption(int)} from the person's entry of {@link #use} (null: none): one look-up serves every question. */
    long firstAdoption(long[] u) {
        if (u == null || u[0] == Long.MIN_VALUE || u[0] >= windowEnd) {
            return Long.MAX_VALUE;
        }
        return u[0];
    }

    /** Last use of the feature (not counting legacy events) from the person's entry of {@link #use}, or Long.MIN_VALUE. */
    static long lastUse(long[] u) {
        return u == null ? Long.MIN_VALUE : u[1];
    }

    /** The revert event within 24 h after the person's first adoption (DESIGN §5 "reverted"). */
    boolean reverted(int person) {
        return reverted(firstAdoption(person), stepsOf(person));
    }

    /** {@link #reverted(int)} from the person's first adoption and step events. */
    static boolean reverted(long adoptedAt, List<StepEvent> steps) {
        if (adoptedAt == Long.MAX_VALUE) {
            return false;
        }
        for (StepEvent e : steps) {
            if (e.step() == -1 && e.ts() > adoptedAt && e.ts() <= adoptedAt + 86_400_000L) {
                return true;
            }
        }
        return false;
    }

    /** Adopted, active in the window's last 14 days, and no use of the feature in them (DESIGN §5 "stopped"). */
    boolean stopped(int person) {
        long[] u = use.get(person);
        return stopped(person, firstAdoption(u), u);
    }

    /** {@link #stopped(int)} from the person's first adoption and entry of {@link #use}. */
    boolean stopped(int person, long adoptedAt, long[] u) {
        long lately = (to.toEpochDay() - 13) * 86_400_000L;
        return adoptedAt != Long.MAX_VALUE && activeLately.contains(person) && lastUse(u) < lately;
    }

    /** The furthest funnel step the person reached with this conversion window. */
    int furthestStep(int person, int windowDays) {
        return furthestStep(stepsOf(person), windowDays);
    }

    /** {@link #furthestStep(int, int)} from the person's step events. */
    int furthestStep(List<StepEvent> events, int windowDays) {
        int steps = feature.funnel().size();
        return steps == 0 ? 0 : WindowFunnel.furthestStep(events, steps, windowStart, windowDays * 86_400_000L);
    }

    List<StepEvent> stepsOf(int person) {
        List<StepEvent> events = steps.get(person);
        return events == null ? List.of() : events;
    }

    void addStep(int person, StepEvent event) {
        steps.computeIfAbsent(person, p -> new ArrayList<>()).add(event);
    }
}
