package org.uptake.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Splits a written sample into its data days, the way a nightly export would deliver it: each day's
 * events and tickets (by their UTC day), with the definitions, people, accounts and outreach history
 * in the first day. {@link Layout#FOLDERS} writes a folder per day ({@code 2026-03-02/events-web.csv});
 * {@link Layout#FILES} one file per day and source, named by the day ({@code 2026-03-02-events-web.csv}).
 * A line whose time cannot be read goes with the line before it, so malformed rows still arrive.
 */
public final class DayByDay {

    /** A folder per day, or files named by the day in one folder. */
    public enum Layout { FOLDERS, FILES }

    private static final DateTimeFormatter TICKET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path sample;
    private final Path target;
    private final Layout layout;

    public DayByDay(Path sample, Path target, Layout layout) {
        this.sample = sample;
        this.target = target;
        this.layout = layout;
    }

    /** Writes the days; returns how many there are. */
    public int write() throws IOException {
        Files.createDirectories(target);
        TreeMap<LocalDate, Map<String, Writer>> days = new TreeMap<>();
        try {
            CsvParser csv = new CsvParser(new CsvParserSettings());
            split(find(CanonicalCsvEvents.FILE), CanonicalCsvEvents.FILE, days,
                    line -> OffsetDateTime.parse(csv.parseLine(line)[2]).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
            split(find(SegmentJsonLines.FILE), SegmentJsonLines.FILE, days, DayByDay::jsonDay);
            split(find(TicketCsv.FILE), TicketCsv.FILE, days,
                    line -> LocalDateTime.parse(csv.parseLine(line)[7], TICKET_TIME).toLocalDate());
        } finally {
            for (Map<String, Writer> files : days.values()) {
                for (Writer w : files.values()) {
                    w.close();
                }
            }
        }
        if (!days.isEmpty()) {
            copySetup(days.firstKey());
        }
        Path truth = sample.resolve("truth.json");
        if (Files.exists(truth)) {
            Files.copy(truth, target.resolve("truth.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        return days.size();
    }

    private Path find(String name) {
        Path plain = sample.resolve(name);
        return Files.exists(plain) ? plain : sample.resolve(name + ".gz");
    }

    private void split(Path file, String name, TreeMap<LocalDate, Map<String, Writer>> days, Function<String, LocalDate> dayOf)
            throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader in = reader(file)) {
            // JSON Lines have no header: their first line is data.
            boolean lines = name.endsWith(".jsonl");
            String header = lines ? null : in.readLine();
            LocalDate previous = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                LocalDate day;
                try {
                    day = dayOf.apply(line);
                } catch (RuntimeException unreadable) {
                    day = previous;
                }
                if (day == null) {
                    continue;
                }
                previous = day;
                Map<String, Writer> files = days.computeIfAbsent(day, d -> new TreeMap<>());
                Writer out = files.get(name);
                if (out == null) {
                    out = Files.newBufferedWriter(place(day, name), StandardCharsets.UTF_8);
                    if (header != null) {
                        out.write(header);
                        out.write('\n');
                    }
                    files.put(name, out);
                }
                out.write(line);
                out.write('\n');
            }
        }
    }

    private void copySetup(LocalDate first) throws IOException {
        for (String name : new String[] {FeatureFiles.FILE, PeopleFiles.PEOPLE, PeopleFiles.ACCOUNTS, PeopleFiles.OUTREACH}) {
            Path from = sample.resolve(name);
            if (Files.exists(from)) {
                Files.copy(from, place(first, name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path briefs = sample.resolve("briefs");
        if (Files.isDirectory(briefs)) {
            try (Stream<Path> files = Files.list(briefs)) {
                for (Path brief : files.filter(Files::isRegularFile).sorted().toList()) {
                    // Briefs keep their own names (a brief is matched to its feature by name), in a briefs/ folder.
                    Path folder = layout == Layout.FILES ? target.resolve("briefs") : target.resolve(first.toString()).resolve("briefs");
                    Files.createDirectories(folder);
                    Files.copy(brief, folder.resolve(brief.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private Path place(LocalDate day, String name) throws IOException {
        if (layout == Layout.FILES) {
            return target.resolve(day + "-" + name);
        }
        Path folder = target.resolve(day.toString());
        Files.createDirectories(folder);
        return folder.resolve(name);
    }

    private static LocalDate jsonDay(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return OffsetDateTime.parse(node.get("timestamp").asText()).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
