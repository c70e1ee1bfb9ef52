package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.uptake.model.Evidence;
import org.uptake.model.Signal;
import org.uptake.struggle.BugSuspect;
import org.uptake.struggle.ClusterAttribute;
import org.uptake.struggle.EarlyWarning;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StruggleReport;
import org.uptake.struggle.StrugglingPerson;

/** What {@code struggles --json} prints, key by key in this order; the people only with --people. */
record StrugglesJson(String feature, String name, int definitionVersion, LocalDate from, LocalDate to, int activePeople, int entrants, int strugglingPeople,
        String definition, String ticketMatching, List<Kind> signalsByKind, List<Cluster> clusters, List<Suspect> bugSuspects,
        Early earlyWarning, @JsonInclude(JsonInclude.Include.NON_NULL) List<Person> struggling) {

    static StrugglesJson of(StruggleReport r, int definitionVersion, boolean withPeople) {
        List<Kind> kinds = new ArrayList<>();
        r.signalsByKind().forEach((kind, count) -> kinds.add(new Kind(lower(kind), kind.label(), count, r.peopleByKind().get(kind))));
        List<Cluster> clusters = r.clusters().stream().map(c -> Cluster.of(c, r)).toList();
        List<Suspect> suspects = r.bugSuspects().stream().map(Suspect::of).toList();
        EarlyWarning w = r.earlyWarning();
        Early early = new Early(w.ticketPeople(), w.detectedBefore(), w.share(), w.people().stream()
                .map(p -> new Early.Row(p.userId(), p.ticketId(), p.ticketAt(), p.firstSignalAt(), p.firstSignalAt() == null ? null
                        : p.firstSignal())).toList());
        List<Person> people = withPeople ? r.struggling().stream().map(Person::of).toList() : null;
        return new StrugglesJson(r.feature().key(), r.feature().name(), definitionVersion, r.from(), r.to(), r.activePeople(), r.entrants(),
                r.struggling().size(), StrugglingPerson.definition(r.settings().abandonedAttempts()), r.ticketMatch(), kinds, clusters,
                suspects, early, people);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Signals of one kind and the people showing them. */
    record Kind(String kind, String label, int signals, Integer people) {
    }

    /** A cluster with the user ids of its struggling people. */
    record Cluster(String headline, String label, List<String> alsoDescribedAs, List<ClusterAttribute> attributes, int people,
            int entrants, double struggleShare, double baselineShare, double oddsRatio, double pValue, double qValue, String confidence,
            List<String> userIds) {

        static Cluster of(StruggleCluster c, StruggleReport r) {
            return new Cluster(c.headline(), c.label(), c.also(), c.attributes(), c.struggling(), c.members(), c.share(), c.baseline(),
                    c.oddsRatio(), c.pValue(), c.qValue(), c.confidence(), r.peopleOf(c).stream().map(p -> p.person().userId()).toList());
        }
    }

    /** A bug suspect with the signals that make it one. */
    record Suspect(String userId, boolean reverted, boolean defect, List<String> reasons, List<SignalJson> evidence) {

        static Suspect of(BugSuspect b) {
            return new Suspect(b.person().userId(), b.reverted(), b.defect(), b.reasons(), SignalJson.of(b.evidence()));
        }
    }

    /** The early-warning figure and its ticket filers; a filer without a signal before the ticket has no signal keys. */
    record Early(int ticketPeople, int detectedBefore, double share, List<Row> people) {

        /** One ticket filer. */
        record Row(String userId, String ticketId, Instant ticketAt, @JsonInclude(JsonInclude.Include.NON_NULL) Instant firstSignalAt,
                @JsonInclude(JsonInclude.Include.NON_NULL) String firstSignal) {
        }
    }

    /** A struggling person (--people). */
    record Person(String userId, int score, String segment, String platform, String stepReached, List<SignalJson> signals) {

        static Person of(StrugglingPerson p) {
            return new Person(p.person().userId(), p.score(), p.person().segment(), p.person().mainPlatform(), p.stepReached(),
                    SignalJson.of(p.signals()));
        }
    }

    /** A signal with its evidence events. */
    record SignalJson(String kind, Instant at, String detail, List<Evidence> evidence) {

        static List<SignalJson> of(List<Signal> signals) {
            return signals.stream().map(s -> new SignalJson(lower(s.kind()), s.at(), s.detail(), s.evidence())).toList();
        }
    }
}
