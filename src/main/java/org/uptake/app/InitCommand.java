package org.uptake.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.uptake.workspace.Workspace;

/** {@code uptake init <dir>}: creates an empty workspace. */
@Command(name = "init", description = "Create an empty workspace in a new or empty folder.")
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "<dir>", description = "Folder for the new workspace.")
    Path folder;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.create(folder)) {
            if (options.json) {
                spec.commandLine().getOut().println(Json.write(Json.object()
                        .put("workspace", workspace.name())
                        .put("folder", workspace.folder().toString())
                        .put("schemaVersion", workspace.schemaVersion())));
            } else {
                spec.commandLine().getOut().println("Created workspace '" + workspace.name() + "' at " + workspace.folder());
            }
        }
        return 0;
    }
}
