package org.uptake.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import org.uptake.workspace.Workspace;

/** {@code uptake init <dir>}: creates an empty workspace. */
@Command(name = "init", description = "Create an empty workspace in a new or empty folder.")
final class InitCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "<dir>", description = "Folder for the new workspace.")
    Path folder;

    /** What {@code init --json} prints. */
    record Created(String workspace, String folder, int schemaVersion) {
    }

    @Override
    public Integer call() {
        // The one command that creates its workspace rather than opening one.
        try (Workspace workspace = Workspace.create(folder)) {
            options.print(new Created(workspace.name(), workspace.folder().toString(), workspace.schemaVersion()),
                    "Created workspace '" + workspace.name() + "' at " + workspace.folder());
        }
        return 0;
    }
}
