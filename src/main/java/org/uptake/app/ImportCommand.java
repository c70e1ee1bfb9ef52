package org.uptake.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.uptake.ingest.ColumnMapping;
import org.uptake.ingest.Dialect;
import org.uptake.ingest.ImportPlan;
import org.uptake.ingest.ImportResult;
import org.uptake.ingest.Importer;
import org.uptake.ingest.SourceKind;
import org.uptake.ingest.TimestampFormat;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uptake import <workspace> <files…>}: the importers of the wizard, from the command line. */
@Command(name = "import", description = "Import export files (or folders of them) into a workspace.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "<workspace>", description = "The workspace folder.")
    Path workspaceFolder;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<files>", description = "Files or folders to import.")
    List<Path> files;

    @Option(names = "--kind", paramLabel = "K", description = "events, people, accounts, tickets, features or brief (default: detected).")
    String kind;

    @Option(names = "--format", paramLabel = "F", description = "canonical, segment, mixpanel, amplitude, posthog, zendesk, freshdesk, generic (default: detected).")
    String format;

    @Option(names = "--mapping", paramLabel = "M.json", description = "Column mapping: {\"columns\": {\"timestamp\": \"Time\", …}, \"timestampFormat\": \"DAY_FIRST\", \"timeZone\": \"Europe/Berlin\"}.")
    Path mappingFile;

    @Option(names = "--tz", paramLabel = "Z", description = "Time zone for timestamps without an offset (default: UTC).")
    String timeZone;

    @Option(names = "--date-order", paramLabel = "dmy|mdy", description = "Whether slashed dates are day-first or month-first, when the data cannot tell.")
    String dateOrder;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode json = Json.MAPPER.createArrayNode();
        try (Workspace workspace = Workspace.open(workspaceFolder)) {
            Importer importer = new Importer(workspace);
            for (Path file : expand(files)) {
                ImportResult result = importer.importFile(plan(importer, file), Progress.NONE);
                if (options.json) {
                    json.add(toJson(result));
                } else {
                    // A rate says something only for files of some size; a handful of rows in a second says "0 rows/s".
                    String rate = result.rowsRead() >= 1_000 ? String.format(", %,.0f rows/s", result.rowsPerSecond()) : "";
                    out.printf("%s: %s (%s) — %,d rows read, %,d imported, %,d duplicates skipped, %,d quarantined (%.1f s%s)%n",
                            result.fileName(), result.kind().label(), result.format(), result.rowsRead(), result.imported(),
                            result.duplicates(), result.quarantined(), result.seconds(), rate);
                }
            }
        }
        if (options.json) {
            out.println(Json.write(json));
        }
        return 0;
    }

    private ImportPlan plan(Importer importer, Path file) throws IOException {
        ImportPlan plan = importer.plan(file);
        if (kind != null || format != null) {
            SourceKind k;
            Dialect d;
            try {
                k = kind == null ? plan.sniff().kind() : SourceKind.parse(kind);
                d = format == null ? plan.sniff().dialect() : Dialect.parse(format);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            plan = ImportPlan.suggested(plan.sniff().withKind(k, d));
        }
        ColumnMapping mapping = plan.mapping();
        if (mappingFile != null) {
            ColumnMapping given = Json.MAPPER.readValue(mappingFile.toFile(), ColumnMapping.class);
            mapping = new ColumnMapping(given.columns().isEmpty() ? mapping.columns() : given.columns(),
                    given.timestampFormat() == null ? mapping.timestampFormat() : given.timestampFormat(),
                    given.timeZone() == null ? mapping.timeZone() : given.timeZone());
        }
        TimestampFormat timestamps = mapping.timestampFormat();
        if (dateOrder != null) {
            timestamps = switch (dateOrder.toLowerCase()) {
                case "dmy" -> TimestampFormat.DAY_FIRST;
                case "mdy" -> TimestampFormat.MONTH_FIRST;
                default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--date-order is dmy or mdy");
            };
        }
        return plan.withMapping(mapping.withTimestamps(timestamps, timeZone != null ? timeZone : mapping.timeZone()));
    }

    private static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().equals("truth.json")
                                    && !p.getFileName().toString().equalsIgnoreCase("README.md"))
                            .sorted(Comparator.comparing(ImportCommand::order).thenComparing(Path::toString))
                            .forEach(all::add);
                }
            } else {
                all.add(path);
            }
        }
        return all;
    }

    /** Definitions and people first, so events and tickets find them. */
    private static int order(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        if (name.startsWith("features")) {
            return 0;
        }
        if (name.startsWith("account")) {
            return 1;
        }
        if (name.startsWith("people") || name.startsWith("users")) {
            return 2;
        }
        if (name.endsWith(".md")) {
            return 6;
        }
        if (name.contains("ticket")) {
            return 4;
        }
        if (name.contains("outreach") || name.contains("campaign")) {
            return 5;
        }
        return 3;
    }

    static ObjectNode toJson(ImportResult r) {
        ObjectNode node = Json.object()
                .put("file", r.fileName())
                .put("kind", r.kind().name().toLowerCase())
                .put("format", r.format())
                .put("batchId", r.batchId())
                .put("rowsRead", r.rowsRead())
                .put("imported", r.imported())
                .put("duplicatesSkipped", r.duplicates())
                .put("quarantined", r.quarantined())
                .put("newPeople", r.newPeople())
                .put("seconds", r.seconds())
                .put("rowsPerSecond", r.rowsPerSecond());
        ArrayNode bad = node.putArray("quarantineSample");
        r.quarantineSample().stream().limit(20).forEach(q -> bad.addObject().put("line", q.line()).put("reason", q.reason()));
        return node;
    }
}
