package org.uptake.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.uptake.outreach.Secrets;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Parameters;

/**
 * The workspace a command works on: its folder, the command's first parameter. The workspace opens
 * with its services for the command's work and closes after it, whatever happens; the commands
 * never open one themselves.
 */
final class WorkspaceFolder {

    @Parameters(index = "0", paramLabel = "<workspace>", description = "The workspace folder.")
    Path folder;

    /** The result of {@code work} on the open workspace's services. */
    <T> T read(Function<WorkspaceServices, T> work) {
        try (Workspace workspace = Workspace.open(folder)) {
            // The SMTP password and LLM API key: environment variables, else the user's config folder, never the workspace.
            return work.apply(WorkspaceServices.of(workspace, Secrets.in(AppFolders.configFolder())));
        }
    }

    /** Does {@code work} on the open workspace's services. */
    void use(Consumer<WorkspaceServices> work) {
        read(services -> {
            work.accept(services);
            return null;
        });
    }
}
