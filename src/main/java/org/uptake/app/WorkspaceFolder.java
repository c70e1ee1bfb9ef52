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
        try {
            return call(work::apply);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // A Function throws no checked exception; this only satisfies the compiler.
            throw new IllegalStateException(e);
        }
    }

    /** Work on a workspace's services that may throw what a command's {@code call} may (files, a sleep cut short). */
    @FunctionalInterface
    interface Work<T> {
        T apply(WorkspaceServices services) throws Exception;
    }

    /** The result of {@code work} on the open workspace's services; its exceptions reach the command as they were thrown. */
    <T> T call(Work<T> work) throws Exception {
        CommandTimes.mark("start-up and parsing");
        try (Workspace workspace = Workspace.open(folder)) {
            CommandTimes.mark("open");
            T result = work.apply(services(workspace));
            CommandTimes.mark("work");
            return result;
        } finally {
            CommandTimes.mark("close");
        }
    }

    private static WorkspaceServices services(Workspace workspace) {
        // The SMTP password and LLM API key: environment variables, else the user's config folder, never the workspace.
        return WorkspaceServices.of(workspace, Secrets.in(AppFolders.configFolder()));
    }

    /** Does {@code work} on the open workspace's services. */
    void use(Consumer<WorkspaceServices> work) {
        read(services -> {
            work.accept(services);
            return null;
        });
    }
}
