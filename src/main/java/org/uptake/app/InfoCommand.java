package org.uptake.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.uptake.model.ImportRecord;
import org.uptake.model.WorkspaceSummary;
import org.uptake.workspace.KeptOriginals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake info <dir>}: what a workspace holds. */
@Command(name = "info", description = "Show what a workspace holds: people, accounts, events, features, tickets, imports,"
        + " and kept files in imports/ that its database does not know.")
final class InfoCommand implements Callable<Integer> {

    private static final int RECENT_IMPORTS = 10;

    @Mixin
    CommonOptions options;

    @Mixin
    WorkspaceFolder workspace;

    @Option(names = "--verify", description = "Check every kept original in imports/ against the checksum recorded on its import;"
            + " exit 1 when one changed or is missing.")
    boolean verify;

    /** What the command reads from the workspace. */
    private record Read(WorkspaceSummary summary, List<String> unknown, List<KeptOriginals.Check> checks, Optional<String> readOnly,
            Path imports) {
    }

    @Override
    public Integer call() {
        Read read = workspace.read(services -> {
            KeptOriginals kept = services.keptOriginals();
            return new Read(services.overview().summary(RECENT_IMPORTS), kept.unknown(), verify ? kept.verify() : List.of(),
                    services.workspace().readOnlyReason(), services.workspace().importsFolder());
        });
        StringBuilder text = new StringBuilder(toText(read.summary()));
        read.readOnly().ifPresent(reason -> text.append("\nRead-only        ").append(reason).append(": reading works, changes are refused"));
        text.append(KeptText.unknown(read.unknown(), read.summary().folder(), read.imports()));
        if (verify) {
            text.append(KeptText.verified(read.checks()));
        }
        options.print(InfoJson.of(read.summary(), read.readOnly().isPresent(), read.unknown(), verify ? read.checks() : null), text.toString());
        long problems = read.checks().stream().filter(c -> c.status().isProblem()).count();
        if (problems > 0) {
            options.err().println("uptake: " + problems + " kept original(s) in " + read.imports() + " changed or missing (see above).");
        }
        return problems > 0 ? 1 : 0;
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
