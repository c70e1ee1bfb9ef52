package org.uptake.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.uptake.model.Progress;

/**
 * Writes the sample scenario — the dashboard-customization launch two weeks in — as the export
 * files an analyst would get, plus {@code truth.json}. People are generated one at a time in two
 * passes (census, then story), so memory stays flat however many there are.
 */
public final class SampleGenerator {

    static final double DUPLICATE_SHARE = 0.002;

    private final SampleOptions options;
    private final ScenarioDates dates;
    private final Population population;
    private final boolean pastLaunches;

    /** The whole scenario, past launches included: the history the Adoption screen's targets stand on. */
    public SampleGenerator(SampleOptions options) {
        this(options, true);
    }

    /** Without {@code pastLaunches}, the three features launched weeks earlier (see {@link PastLaunch}) are left out. */
    public SampleGenerator(SampleOptions options, boolean pastLaunches) {
        this.options = options;
        this.pastLaunches = pastLaunches;
        this.dates = new ScenarioDates(options.days());
        this.population = new Population(options, dates);
    }

    /** Writes every file into the folder and returns a summary of what was written. */
    public SampleSummary writeTo(Path folder, Progress progress) throws IOException {
        Files.createDirectories(folder);
        int users = options.users();
        progress.update(0, 2L * users, "Drawing " + users + " people");
        Census census = Census.take(population, users);
        checkCancelled(progress);
        Casting casting = Casting.assign(census, options);
        AccountStory accountStory = AccountStory.plant(population, casting, options, dates, population.drawnAccounts() + 1);
        checkCancelled(progress);
        OutputFiles files = new OutputFiles(folder, options.gzip());
        TruthCounter truth = new TruthCounter(dates);
        List<PastLaunchTally> past = pastLaunches ? PastLaunch.ALL.stream().map(PastLaunchTally::new).toList() : List.of();
        List<PersonTicket> tickets = new ArrayList<>();
        long events = 0;
        try (CanonicalCsvEvents web = new CanonicalCsvEvents(files.events(CanonicalCsvEvents.FILE), options.seed());
             SegmentJsonLines mobile = new SegmentJsonLines(files.events(SegmentJsonLines.FILE), options.seed());
             PeopleFiles people = new PeopleFiles(files)) {
            for (int i = 0; i < users; i++) {
                SamplePerson person = population.person(i);
                PersonTimeline timeline = PersonTimeline.build(person, population.sessions(person),
                        casting.dashboardRole(i), casting.exports[i], casting.tickets[i], options.seed(), dates);
                if (pastLaunches) {
                    timeline = PastLaunchStory.add(timeline, options.seed());
                    for (PastLaunchTally tally : past) {
                        tally.accept(timeline);
                    }
                }
                truth.accept(timeline);
                people.write(timeline);
                writeEvents(timeline, web, mobile);
                events += timeline.events().size();
                timeline.tickets().forEach(t -> tickets.add(new PersonTicket(person, t)));
                if (i == users / 3) {
                    web.writeMalformed(person.userId());
                }
                if (i == 2 * users / 3) {
                    mobile.writeMalformed(person.userId());
                }
                if (i % 1000 == 0) {
                    progress.update(users + i, 2L * users, "Writing people and events: " + i + " of " + users);
                    checkCancelled(progress);
                }
            }
            people.writeAccounts(population.accounts());
            tickets.sort(Comparator.comparingLong((PersonTicket t) -> t.ticket().createdAt())
                    .thenComparing(t -> t.person().userId()));
            int ticketRows = TicketCsv.write(files, tickets);
            List<org.uptake.model.Feature> features = new ArrayList<>(SampleFeatures.ALL);
            past.forEach(t -> features.add(t.feature()));
            FeatureFiles.write(files, features);
            ObjectNode fileStats = fileStats(files, web, mobile, people, ticketRows, events);
            ObjectNode truthJson = truth.toJson(options, dates, fileStats);
            truthJson.set("accounts", accountStory.toJson());
            if (pastLaunches) {
                com.fasterxml.jackson.databind.node.ArrayNode list = truthJson.putArray("pastLaunches");
                past.forEach(t -> t.toJson(list.addObject(), dates));
            }
            writeTruth(folder, truthJson);
            progress.update(2L * users, 2L * users, "Sample written to " + folder);
            return new SampleSummary(folder, users, events, ticketRows, files.eventFileName(CanonicalCsvEvents.FILE),
                    files.eventFileName(SegmentJsonLines.FILE));
        }
    }

    private static void writeEvents(PersonTimeline timeline, CanonicalCsvEvents web, SegmentJsonLines mobile) throws IOException {
        SamplePerson person = timeline.person();
        boolean identified = false;
        List<SampleEvent> events = timeline.events();
        for (int i = 0; i < events.size(); i++) {
            SampleEvent event = events.get(i);
            if (!event.isMobile()) {
                web.write(person, event);
                continue;
            }
            if (!identified && !event.anonymous()) {
                // Segment sees the sign-in (identify, then the account's group call) just before the first signed-in event.
                mobile.identify(person, event.ts() - 2_000);
                mobile.group(person, event.ts() - 1_999);
                identified = true;
            }
            mobile.track(person, event);
            boolean lastAnonymous = event.anonymous() && (i + 1 == events.size() || !events.get(i + 1).anonymous());
            if (lastAnonymous) {
                // A newcomer signs up at the end of their first, anonymous session; identify links the two ids.
                mobile.identify(person, event.ts() + 1_000);
                mobile.group(person, event.ts() + 1_001);
                identified = true;
            }
        }
    }

    private ObjectNode fileStats(OutputFiles files, CanonicalCsvEvents web, SegmentJsonLines mobile, PeopleFiles people,
            int tickets, long events) {
        ObjectNode stats = new ObjectMapper().createObjectNode();
        stats.put("distinctEvents", events);
        stats.putObject(files.eventFileName(CanonicalCsvEvents.FILE))
                .put("format", "canonical events CSV (web app, warehouse export)")
                .put("duplicateRows", web.duplicateRows()).put("malformedRows", web.malformedRows());
        stats.putObject(files.eventFileName(SegmentJsonLines.FILE))
                .put("format", "Segment JSON Lines (iOS and Android sources: identify, group, track)")
                .put("duplicateRows", mobile.duplicateRows()).put("malformedRows", mobile.malformedRows());
        stats.putObject(PeopleFiles.PEOPLE).put("rows", people.peopleRows());
        stats.putObject(PeopleFiles.ACCOUNTS).put("rows", people.accountRows());
        stats.putObject(TicketCsv.FILE).put("rows", tickets).put("format", "Zendesk-style ticket export (Created at in UTC)");
        stats.putObject(PeopleFiles.OUTREACH).put("rows", people.outreachRows());
        return stats;
    }

    private static void writeTruth(Path folder, ObjectNode truth) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (Writer out = Files.newBufferedWriter(folder.resolve("truth.json"))) {
            mapper.writeValue(out, truth);
        }
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("Sample generation cancelled");
        }
    }

    /** A ticket with the person who filed it. */
    record PersonTicket(SamplePerson person, SampleTicket ticket) {
    }
}
