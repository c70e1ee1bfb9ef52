package org.uptake.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.uptake.model.ImportRecord;
import org.uptake.model.WorkspaceSummary;
import org.uptake.workspace.KeptOriginals;
import org.uptake.workspace.OverviewQueries;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uptake info <dir>}: what a workspace holds. */
@Command(name = "info", description = "Show what a workspace holds: people, accounts, events, features, tickets, imports,"
        + " and kept files in imports/ that its database does not know.")
final class InfoCommand implements Callable<Integer> {

    private static final int RECENT_IMPORTS = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "<dir>", description = "The workspace folder.")
    Path folder;

    @Option(names = "--verify", description = "Check every kept original in imports/ against the checksum recorded on its import;"
            + " exit 1 when one changed or is missing.")
    boolean verify;

    @Override
    public Integer call() {
        WorkspaceSummary summary;
        List<String> unknown;
        List<KeptOriginals.Check> checks;
        Optional<String> readOnly;
        Path imports;
        try (Workspace workspace = Workspace.open(folder)) {
            summary = new OverviewQueries(workspace).summary(RECENT_IMPORTS);
            KeptOriginals kept = new KeptOriginals(workspace);
            unknown = kept.unknown();
            checks = verify ? kept.verify() : List.of();
            readOnly = workspace.readOnlyReason();
            imports = workspace.importsFolder();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            ObjectNode root = toJson(summary).put("readOnly", readOnly.isPresent());
            unknown.forEach(root.putArray("keptNotInDatabase")::add);
            if (verify) {
                ArrayNode verified = root.putArray("verify");
                checks.forEach(c -> verified.addObject().put("import", c.batchId()).put("file", c.file())
                        .put("status", c.status().name().toLowerCase(java.util.Locale.ROOT)));
            }
            out.println(Json.write(root));
        } else {
            StringBuilder text = new StringBuilder(toText(summary));
            readOnly.ifPresent(reason -> text.append("\nRead-only        ").append(reason).append(": reading works, changes are refused"));
            text.append(KeptText.unknown(unknown, summary.folder(), imports));
            if (verify) {
                text.append(KeptText.verified(checks));
            }
            out.println(text);
        }
        boolean problems = checks.stream().anyMatch(c -> c.status().isProblem());
        if (problems) {
            spec.commandLine().getErr().println("uptake: " + checks.stream().filter(c -> c.status().isProblem()).count()
                    + " kept original(s) in " + imports + " changed or missing (see above).");
        }
        return problems ? 1 : 0;
    }

    static ObjectNode toJson(WorkspaceSummary s) {
        ObjectNode root = Json.object()
                .put("workspace", s.name())
                .put("folder", s.folder())
                .put("schemaVersion", s.schemaVersion())
                .put("people", s.people())
                .put("accounts", s.accounts())
                .put("events", s.events())
                .put("firstEvent", s.firstEvent().map(Instant::toString).orElse(null))
                .put("lastEvent", s.lastEvent().map(Instant::toString).orElse(null))
                .put("features", s.features())
                .put("tickets", s.tickets())
                .put("quarantinedRows", s.quarantinedRows());
        ArrayNode imports = root.putArray("recentImports");
        for (ImportRecord r : s.recentImports()) {
            imports.addObject()
                    .put("id", r.id())
                    .put("file", r.fileName())
                    .put("kind", r.kind())
                    .put("status", r.status())
                    .put("startedAt", r.startedAt().toString())
                    .put("rowsImported", r.rowsImported())
                    .put("duplicatesSkipped", r.duplicatesSkipped())
                    .put("rowsQuarantined", r.rowsQuarantined());
        }
        return root;
    }

    static String toText(WorkspaceSummary s) {
        StringBuilder text = new StringBuilder();
        text.append("Workspace  ").append(s.name()).append("  (").append(s.folder())
                .append(", schema v").append(s.schemaVersion()).append(")\n");
        line(text, "People", s.people());
        line(text, "Accounts", s.accounts());
        text.append(String.format("%-17s%,d%s%n", "Events", s.events(), dateRange(s.firstEvent(), s.lastEvent())));
        line(text, "Features", s.features());
        line(text, "Tickets", s.tickets());
        line(text, "Quarantined rows", s.quarantinedRows());
        if (s.recentImports().isEmpty()) {
            text.append("Recent imports   none yet");
        } else {
            text.append("Recent imports");
            for (ImportRecord r : s.recentImports()) {
                text.append(String.format("%n  %s  %-30s %-10s %-9s %,d rows, %,d duplicates, %,d quarantined",
                        r.startedAt(), r.fileName(), r.kind(), r.status(), r.rowsImported(), r.duplicatesSkipped(),
                        r.rowsQuarantined()));
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, long value) {
        text.append(String.format("%-17s%,d%n", label, value));
    }

    private static String dateRange(Optional<Instant> first, Optional<Instant> last) {
        if (first.isEmpty() || last.isEmpty()) {
            return "";
        }
        return "  (" + first.get().toString().substring(0, 10) + " to " + last.get().toString().substring(0, 10) + ")";
    }
}
