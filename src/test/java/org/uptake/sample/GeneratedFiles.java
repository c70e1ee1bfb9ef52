package org.uptake.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the generated files back the way an importer would, independently of the generator:
 * validates rows, drops duplicates, links anonymous ids, and groups events by person.
 */
final class GeneratedFiles {

    record Event(String id, String user, long ts, String name, String platform, String target, JsonNode properties) {
    }

    record Person(String userId, String segment, String role, String email, long createdAt, List<Event> events) {
    }

    record Ticket(String id, String email, long createdAt, String subject, Set<String> tags) {
    }

    record Outreach(String userId, String group, long sentAt) {
    }

    final Map<String, Person> people = new HashMap<>();
    final Map<String, Person> byEmail = new HashMap<>();
    final List<Ticket> tickets = new ArrayList<>();
    final List<Outreach> outreach = new ArrayList<>();
    int csvMalformed;
    int csvDuplicates;
    int jsonMalformed;
    int jsonDuplicates;
    int anonymousEvents;
    final Set<String> offsets = new HashSet<>();
    final Set<String> appVersions = new HashSet<>();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TICKET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static GeneratedFiles read(Path folder) throws IOException {
        GeneratedFiles files = new GeneratedFiles();
        files.readPeople(folder.resolve("people.csv"));
        Set<String> seen = new HashSet<>();
        files.readCsvEvents(folder.resolve("events-web.csv"), seen);
        files.readSegment(folder.resolve("events-mobile.jsonl"), seen);
        files.readTickets(folder.resolve("tickets.csv"));
        files.readOutreach(folder.resolve("outreach-history.csv"));
        files.people.values().forEach(p -> p.events().sort((a, b) -> Long.compare(a.ts(), b.ts())));
        return files;
    }

    private static MappingIterator<String[]> csv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        return mapper.readerFor(String[].class).readValues(file.toFile());
    }

    private void readPeople(Path file) throws IOException {
        try (MappingIterator<String[]> rows = csv(file)) {
            rows.next();
            while (rows.hasNext()) {
                String[] r = rows.next();
                Person p = new Person(r[0], r[2], r[4], r[5], Instant.parse(r[6]).toEpochMilli(), new ArrayList<>());
                people.put(p.userId(), p);
                byEmail.put(p.email(), p);
            }
        }
    }

    private void readCsvEvents(Path file, Set<String> seen) throws IOException {
        try (MappingIterator<String[]> rows = csv(file)) {
            rows.next();
            while (rows.hasNext()) {
                String[] r = rows.next();
                Event e;
                try {
                    if (r.length != 9 || r[1].isBlank() || r[3].isBlank()) {
                        throw new IllegalArgumentException("row shape");
                    }
                    JsonNode props = JSON.readTree(r[7]);
                    if (!props.isObject()) {
                        throw new IllegalArgumentException("properties");
                    }
                    OffsetDateTime ts = OffsetDateTime.parse(r[2]);
                    offsets.add(ts.getOffset().getId());
                    appVersions.add(r[4] + " " + r[8]);
                    e = new Event(r[0], r[1], ts.toInstant().toEpochMilli(), r[3], r[4], r[6].isEmpty() ? null : r[6], props);
                } catch (RuntimeException | IOException bad) {
                    csvMalformed++;
                    continue;
                }
                if (!seen.add(e.id())) {
                    csvDuplicates++;
                    continue;
                }
                people.get(e.user()).events().add(e);
            }
        }
    }

    private void readSegment(Path file, Set<String> seen) throws IOException {
        Map<String, String> aliases = new HashMap<>();
        List<Map.Entry<String, Event>> anonymous = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode call;
                try {
                    call = JSON.readTree(line);
                    if ("identify".equals(call.path("type").asText())) {
                        if (call.hasNonNull("anonymousId")) {
                            aliases.put(call.get("anonymousId").asText(), call.get("userId").asText());
                        }
                        continue;
                    }
                    if (!"track".equals(call.path("type").asText())) {
                        continue;
                    }
                    if (!call.hasNonNull("event")) {
                        throw new IllegalArgumentException("no event");
                    }
                    Instant.parse(call.get("timestamp").asText());
                } catch (RuntimeException | IOException bad) {
                    jsonMalformed++;
                    continue;
                }
                String id = call.get("messageId").asText();
                if (!seen.add(id)) {
                    jsonDuplicates++;
                    continue;
                }
                JsonNode props = call.get("properties");
                appVersions.add(call.at("/context/device/type").asText() + " " + call.at("/context/app/version").asText());
                Event e = new Event(id, call.path("userId").asText(null), Instant.parse(call.get("timestamp").asText()).toEpochMilli(),
                        call.get("event").asText(), call.at("/context/device/type").asText(),
                        props.hasNonNull("target") ? props.get("target").asText() : null, props);
                if (e.user() == null) {
                    anonymous.add(Map.entry(call.get("anonymousId").asText(), e));
                } else {
                    people.get(e.user()).events().add(e);
                }
            }
        }
        anonymousEvents = anonymous.size();
        for (Map.Entry<String, Event> e : anonymous) {
            people.get(aliases.get(e.getKey())).events().add(e.getValue());
        }
    }

    private void readTickets(Path file) throws IOException {
        try (MappingIterator<String[]> rows = csv(file)) {
            rows.next();
            while (rows.hasNext()) {
                String[] r = rows.next();
                long created = LocalDateTime.parse(r[7], TICKET_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
                tickets.add(new Ticket(r[0], r[6], created, r[1], Set.of(r[9].split(" "))));
            }
        }
    }

    private void readOutreach(Path file) throws IOException {
        try (MappingIterator<String[]> rows = csv(file)) {
            rows.next();
            while (rows.hasNext()) {
                String[] r = rows.next();
                outreach.add(new Outreach(r[1], r[2], Instant.parse(r[4]).toEpochMilli()));
            }
        }
    }
}
