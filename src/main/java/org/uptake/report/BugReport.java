package org.uptake.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.uptake.model.Evidence;
import org.uptake.model.Feature;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;
import org.uptake.outreach.SafeText;
import org.uptake.struggle.BugSuspect;

/**
 * "File bug": the defects the struggle analysis suspects, one bug per kind of failure (an error
 * event, a broken state, a ticket tagged as a bug), with the people it hit and the evidence — as
 * Markdown to paste, as CSV that Jira's importer reads, or as JSON (title, body, labels) for the
 * GitHub issues API.
 */
public final class BugReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    /** People whose evidence a bug lists in full; the rest are counted. */
    static final int PEOPLE_SHOWN = 5;

    /** One suspected defect. */
    public record Bug(String title, String body, String priority, List<String> labels, int people) {
    }

    public enum Format {
        MARKDOWN("md"), JIRA_CSV("csv"), GITHUB_JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a file name asks for: .md, .csv or .json. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (name.endsWith("." + f.extension)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("A bug report is written as .md (Markdown), .csv (Jira) or .json (GitHub); "
                    + file.getFileName() + " is none of these.");
        }
    }

    private BugReport() {
    }

    /**
     * The suspects with a defect, grouped by what failed — an error event first, else a broken
     * state, else a ticket tagged as a bug — so one person's error, broken state and ticket make one
     * bug, not three. Reverters without a defect are not bugs.
     */
    public static List<Bug> bugs(Feature feature, List<BugSuspect> suspects) {
        Map<String, List<BugSuspect>> bySignature = new LinkedHashMap<>();
        for (BugSuspect s : suspects) {
            if (s.defect() && !s.evidence().isEmpty()) {
                bySignature.computeIfAbsent(signature(s.evidence()), k -> new ArrayList<>()).add(s);
            }
        }
        List<Bug> bugs = new ArrayList<>();
        bySignature.forEach((signature, people) -> bugs.add(bug(feature, signature, people)));
        return bugs;
    }

    private static String signature(List<Signal> evidence) {
        Signal best = evidence.stream().filter(s -> s.kind() == SignalKind.ERROR && !s.detail().startsWith("broken state")).findFirst()
                .or(() -> evidence.stream().filter(s -> s.kind() == SignalKind.ERROR).findFirst())
                .orElse(evidence.get(0));
        return switch (best.kind()) {
            case ERROR -> best.detail().startsWith("broken state") ? best.detail().replaceAll("\\d+ of \\d+", "N of M") : best.detail();
            case TICKET -> "tickets tagged as a bug";
            default -> best.detail();
        };
    }

    private static Bug bug(Feature feature, String signature, List<BugSuspect> people) {
        StringBuilder body = new StringBuilder();
        TreeSet<String> platforms = new TreeSet<>();
        people.forEach(p -> {
            if (p.person().mainPlatform() != null) {
                platforms.add(p.person().mainPlatform());
            }
        });
        long reverted = people.stream().filter(BugSuspect::reverted).count();
        body.append("## Summary\n\n")
                .append(String.format("%d %s hit `%s` while using %s (launched %s).", people.size(),
                        people.size() == 1 ? "person" : "people", signature, feature.name(), feature.launchedAt()));
        if (reverted > 0) {
            body.append(String.format(" %d of them reverted the feature within 24 hours.", reverted));
        }
        body.append("\n\nPlatforms: ").append(platforms.isEmpty() ? "unknown" : String.join(", ", platforms)).append("\n\n");
        body.append("## Evidence\n");
        for (BugSuspect p : people.subList(0, Math.min(PEOPLE_SHOWN, people.size()))) {
            body.append(String.format("%n### %s (%s, %s, %s)%n%n", p.person().userId(), orUnknown(p.person().role()),
                    orUnknown(p.person().segment()), orUnknown(p.person().mainPlatform())));
            p.reasons().forEach(r -> body.append("- ").append(r).append('\n'));
            body.append('\n');
            for (Signal s : p.evidence()) {
                for (Evidence e : s.evidence()) {
                    body.append("    ").append(WHEN.format(e.at())).append("  ").append(e.source()).append(' ').append(e.name());
                    if (e.target() != null && !e.target().isBlank()) {
                        body.append(" [").append(e.target()).append(']');
                    }
                    if (e.detail() != null && !e.detail().isBlank()) {
                        body.append("  ").append(e.detail().replace('\n', ' '));
                    }
                    body.append('\n');
                }
            }
        }
        if (people.size() > PEOPLE_SHOWN) {
            body.append(String.format("%n… and %d more people; the full list is in Uptake.%n", people.size() - PEOPLE_SHOWN));
        }
        body.append("\n_Found by Uptake's struggle analysis of ").append(feature.name()).append("._\n");
        String title = "[" + feature.name() + "] " + signature;
        return new Bug(title.length() > 250 ? title.substring(0, 249) + "…" : title, body.toString(),
                people.size() >= 10 ? "High" : "Medium", List.of("bug", feature.key(), "uptake"), people.size());
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }

    public static String markdown(List<Bug> bugs) {
        StringBuilder out = new StringBuilder();
        for (Bug b : bugs) {
            out.append("# ").append(b.title()).append("\n\n").append(b.body()).append('\n');
        }
        return bugs.isEmpty() ? "No suspected defects.\n" : out.toString();
    }

    /** Jira's CSV importer: one row per issue; Labels as one space-separated column. */
    public static String jiraCsv(List<Bug> bugs) {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.builder().addColumn("Summary").addColumn("Issue Type").addColumn("Priority")
                .addColumn("Labels").addColumn("Description").build().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Bug b : bugs) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("Summary", SafeText.csvCell(b.title()));
            row.put("Issue Type", "Bug");
            row.put("Priority", b.priority());
            row.put("Labels", String.join(" ", b.labels()));
            row.put("Description", SafeText.csvCell(b.body()));
            rows.add(row);
        }
        try {
            return csv.writer(schema).writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An array of GitHub issue bodies: {"title", "body", "labels"}. */
    public static String githubJson(List<Bug> bugs) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = json.createArrayNode();
        for (Bug b : bugs) {
            ObjectNode issue = array.addObject().put("title", b.title()).put("body", b.body());
            b.labels().forEach(issue.putArray("labels")::add);
        }
        try {
            return json.writeValueAsString(array);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String render(List<Bug> bugs, Format format) {
        return switch (format) {
            case MARKDOWN -> markdown(bugs);
            case JIRA_CSV -> jiraCsv(bugs);
            case GITHUB_JSON -> githubJson(bugs);
        };
    }

    public static void write(List<Bug> bugs, Path file) {
        try {
            Files.writeString(file, render(bugs, Format.of(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
