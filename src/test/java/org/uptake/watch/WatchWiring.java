package org.uptake.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.uptake.TestServices;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.AlertStore;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.InboxLog;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/** A watch over a test workspace, wired like the app's (on the tests' service graph, with the offline text similarity) but with a fixed clock and the formats a test chooses. */
final class WatchWiring {

    static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2030-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);

    private WatchWiring() {
    }

    static Watch watch(Workspace workspace, List<DigestFormat> formats) {
        return watch(workspace, formats, DigestMail.NONE);
    }

    static Watch watch(Workspace workspace, List<DigestFormat> formats, DigestMail mail) {
        return watch(workspace, TestServices.of(workspace), formats, mail);
    }

    /** On {@code services}' importer and analyses, for a test that looks at them too. */
    static Watch watch(Workspace workspace, WorkspaceServices services, List<DigestFormat> formats, DigestMail mail) {
        WorkspaceSettings settings = workspace.settings();
        Inbox inbox = new Inbox(() -> WatchSettings.of(settings).inboxes().stream().map(Path::of).toList(), services.importer(),
                new InboxLog(workspace), CLOCK);
        AlertRules rules = new AlertRules(AlertRules.standard(), services.adoption(), services.struggles(),
                new FeatureQueries(workspace), workspace);
        return new Watch(workspace.name(), settings, inbox, rules, new AlertBook(new AlertStore(workspace), CLOCK),
                new DigestWriter(formats, workspace.folder(), workspace.exportsFolder()), mail);
    }
}
