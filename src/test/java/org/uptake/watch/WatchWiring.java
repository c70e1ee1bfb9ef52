package org.uptake.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.ingest.Importer;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.TextSimilarities;
import org.uptake.workspace.AlertStore;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.InboxLog;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/** A watch over a test workspace, wired like the app's but with the offline text similarity and a fixed clock. */
final class WatchWiring {

    static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2030-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);

    private WatchWiring() {
    }

    static Watch watch(Workspace workspace, List<DigestFormat> formats) {
        WorkspaceSettings settings = new WorkspaceSettings(workspace.dataSource());
        Inbox inbox = new Inbox(() -> WatchSettings.of(settings).inboxes().stream().map(Path::of).toList(), new Importer(workspace),
                new InboxLog(workspace.dataSource()), CLOCK);
        AlertRules rules = new AlertRules(AlertRules.standard(), new AdoptionAnalysis(workspace),
                new StruggleAnalysis(workspace, TextSimilarities::tfIdf), new FeatureQueries(workspace), workspace.dataSource());
        return new Watch(workspace.name(), settings, inbox, rules, new AlertBook(new AlertStore(workspace.dataSource()), CLOCK),
                new DigestWriter(formats, workspace.folder(), workspace.exportsFolder()));
    }
}
