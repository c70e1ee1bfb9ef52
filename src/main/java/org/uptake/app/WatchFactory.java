package org.uptake.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.ingest.Importer;
import org.uptake.report.DigestPdf;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.watch.AlertBook;
import org.uptake.watch.AlertRules;
import org.uptake.watch.DigestHtml;
import org.uptake.watch.DigestMarkdown;
import org.uptake.watch.DigestWriter;
import org.uptake.watch.Inbox;
import org.uptake.watch.Watch;
import org.uptake.watch.WatchSettings;
import org.uptake.workspace.AlertStore;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.InboxLog;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/** Wires one workspace's watch for the desktop and {@code uptake watch}/{@code digest} alike. */
final class WatchFactory {

    private WatchFactory() {
    }

    static Watch watch(Workspace workspace, StruggleAnalysis struggles, Clock clock) {
        WorkspaceSettings settings = new WorkspaceSettings(workspace.dataSource());
        Inbox inbox = new Inbox(() -> inboxes(workspace, WatchSettings.of(settings)), new Importer(workspace),
                new InboxLog(workspace.dataSource()), clock);
        AlertRules rules = new AlertRules(AlertRules.standard(), new AdoptionAnalysis(workspace), struggles, new FeatureQueries(workspace),
                workspace.dataSource());
        return new Watch(workspace.name(), settings, inbox, rules, new AlertBook(new AlertStore(workspace.dataSource()), clock),
                new DigestWriter(List.of(new DigestMarkdown(), new DigestHtml(), new DigestPdf()), workspace.folder(),
                        workspace.exportsFolder()));
    }

    static Watch watch(Workspace workspace) {
        return watch(workspace, new StruggleAnalysis(workspace), Clock.systemUTC());
    }

    /** Inbox folders as the setting names them; a relative one lies in the workspace's folder. */
    static List<Path> inboxes(Workspace workspace, WatchSettings settings) {
        return settings.inboxes().stream().map(p -> workspace.folder().resolve(p).toAbsolutePath().normalize()).toList();
    }
}
