package org.uptake.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import org.uptake.struggle.BugSuspect;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.SafeCsv;

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
                .append(String.format("%d %s hit \"%s\" while using %s (launched %s).", people.size(),
                        people.size() == 1 ? "person" : "people", InertText.of(signature), InertText.of(feature.name()), feature.launchedAt()));
        if (reverted > 0) {
            body.append(String.format(" %d of them reverted the feature within 24 hours.", reverted));
        }
        body.append("\n\nPlatforms: ").append(platforms.isEmpty() ? "unknown" : InertText.of(String.join(", ", platforms))).append("\n\n");
        body.append("## Evidence\n");
        for (BugSuspect p : people.subList(0, Math.min(PEOPLE_SHOWN, people.size()))) {
            body.append(String.format("%n### %s (%s, %s, %s)%n%n", InertText.of(p.person().userId()), InertText.of(orUnknown(p.person().role())),
                    InertText.of(orUnknown(p.person().segment())), InertText.of(orUnknown(p.person().mainPlatform()))));
            p.reasons().forEach(r -> body.append("- ").append(InertText.of(r)).append('\n'));
            body.append('\n');
            for (Signal s : p.evidence()) {
                for (Evidence e : s.evidence()) {
                    body.append("    ").append(WHEN.format(e.at())).append("  ").append(InertText.of(e.source())).append(' ')
                            .append(InertText.of(e.name()));
                    if (e.target() != null && !e.target().isBlank()) {
                        body.append(" \\[").append(InertText.of(e.target())).append("\\]");
                    }
                    if (e.detail() != null && !e.detail().isBlank()) {
                        body.append("  ").append(InertText.of(e.detail()));
                    }
                    body.append('\n');
                }
            }
        }
        if (people.size() > PEOPLE_SHOWN) {
            body.append(String.format("%n… and %d more people; the full list is in Uptake.%n", people.size() - PEOPLE_SHOWN));
        }
        body.append("\n_Found by Uptake's struggle analysis of ").append(InertText.of(feature.name())).append("._\n");
        String title = InertText.title("[" + feature.name() + "] " + signature);
        return new Bug(title.length() > 250 ? title.substring(0, 249) + "…" : title, body.toString(),
                people.size() >= 10 ? "High" : "Medium", List.of("bug", feature.key(), "uptake"), people.size());
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }

    public static String markdown(List<Bug> bugs) {
        StringBuilder out = new StringBuilder();
        for (Bug b : bugs) {
            out.append("# ").append(InertText.of(b.title())).append("\n\n").append(b.body()).append('\n');
        }
        return bugs.isEmpty() ? "No suspected defects.\n" : out.toString();
    }

    /** Jira's CSV importer: one row per issue; Labels as one space-separated column. */
    public static String jiraCsv(List<Bug> bugs) {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, "Summary", "Issue Type", "Priority", "Labels", "Description")) {
            for (Bug b : bugs) {
                csv.row(b.title(), "Bug", b.priority(), String.join(" ", b.labels()), b.body());
            }
        }
        return out.toString();
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

    /** Writes the bugs in the format the file's name asks for (.md, .csv or .json). */
    public static void write(List<Bug> bugs, ExportFile file) {
        try {
            file.writeString(render(bugs, Format.of(file.path())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
