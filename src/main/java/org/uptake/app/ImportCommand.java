package org.uptake.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.uptake.ingest.ColumnMapping;
import org.uptake.ingest.Dialect;
import org.uptake.ingest.ImportPlan;
import org.uptake.ingest.ImportResult;
import org.uptake.ingest.Importer;
import org.uptake.ingest.SourceKind;
import org.uptake.ingest.TimestampFormat;
import org.uptake.model.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uptake import <workspace> <files…>}: the importers of the wizard, from the command line. */
@Command(name = "import", description = "Import export files (or folders of them) into a workspace.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    WorkspaceFolder workspace;

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
    public Integer call() {
        List<ImportJson> json = new ArrayList<>();
        workspace.use(services -> {
            Importer importer = services.importer();
            // Every file is read first, so they import in dependency order whatever order they were given in.
            List<ImportPlan> plans = new ArrayList<>();
            for (Path file : expand(files)) {
                plans.addAll(plans(importer, file));
            }
            for (ImportPlan plan : Importer.inDependencyOrder(plans)) {
                ImportResult result = importer.importFile(plan, Progress.NONE);
                if (options.json) {
                    json.add(ImportJson.of(result));
                } else {
                    print(options.out(), result);
                }
            }
        });
        if (options.json) {
            options.out().println(Json.write(json));
        }
        return 0;
    }

    private static final int REASONS_SHOWN = 5;

    private static void print(PrintWriter out, ImportResult result) {
        // A rate says something only for files of some size; a handful of rows in a second says "0 rows/s".
        String rate = result.rowsRead() >= 1_000 ? String.format(", %,.0f rows/s", result.rowsPerSecond()) : "";
        String counts = switch (result.kind()) {
            // Rows about things the workspace may know already: say what the file changed.
            case PEOPLE, ACCOUNTS, TICKETS -> String.format("%,d new, %,d updated, %,d unchanged%s", result.imported(),
                    result.updated(), result.unchanged(), result.duplicates() == 0 ? ""
                            : String.format(", %,d repeated in the file", result.duplicates()));
            default -> String.format("%,d imported, %,d duplicates skipped", result.imported(), result.duplicates());
        };
        String already = result.alreadyQuarantined() == 0 ? ""
                : String.format(" (%,d already quarantined by an earlier import)", result.alreadyQuarantined());
        out.printf("%s: %s (%s) — %,d rows read, %s, %,d quarantined%s (%.1f s%s)%n", result.fileName(), result.kind().label(),
                result.format(), result.rowsRead(), counts, result.quarantined(), already, result.seconds(), rate);
        result.quarantineSample().stream().limit(REASONS_SHOWN)
                .forEach(q -> out.printf("  line %,d: %s%n", q.line(), q.reason()));
        if (result.quarantined() > REASONS_SHOWN) {
            out.printf("  … and %,d more quarantined rows (export them from the Import screen's result page)%n",
                    result.quarantined() - REASONS_SHOWN);
        }
    }

    private List<ImportPlan> plans(Importer importer, Path file) {
        List<ImportPlan> plans = new ArrayList<>();
        for (ImportPlan plan : importer.plans(file)) {
            plans.add(adjusted(plan));
        }
        return plans;
    }

    private ImportPlan adjusted(ImportPlan plan) {
        if (kind != null || format != null) {
            SourceKind k;
            Dialect d;
            try {
                k = kind == null ? plan.sniff().kind() : SourceKind.parse(kind);
                d = format == null ? plan.sniff().dialect() : Dialect.parse(format);
            } catch (IllegalArgumentException e) {
                throw options.usage(e.getMessage());
            }
            plan = ImportPlan.suggested(plan.sniff().withKind(k, d));
        }
        ColumnMapping mapping = plan.mapping();
        if (mappingFile != null) {
            ColumnMapping given = readMapping();
            mapping = new ColumnMapping(given.columns().isEmpty() ? mapping.columns() : given.columns(),
                    given.timestampFormat() == null ? mapping.timestampFormat() : given.timestampFormat(),
                    given.timeZone() == null ? mapping.timeZone() : given.timeZone());
        }
        TimestampFormat timestamps = mapping.timestampFormat();
        if (dateOrder != null) {
            timestamps = switch (dateOrder.toLowerCase()) {
                case "dmy" -> TimestampFormat.DAY_FIRST;
                case "mdy" -> TimestampFormat.MONTH_FIRST;
                default -> throw options.usage("--date-order is dmy or mdy");
            };
        }
        return plan.withMapping(mapping.withTimestamps(timestamps, timeZone != null ? timeZone : mapping.timeZone()));
    }

    private ColumnMapping readMapping() {
        try {
            return Json.MAPPER.readValue(mappingFile.toFile(), ColumnMapping.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** The files given, each folder read as the Import screen reads a dropped one ({@link Importer#filesIn}). */
    private static List<Path> expand(List<Path> paths) {
        try {
            return Importer.filesIn(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
