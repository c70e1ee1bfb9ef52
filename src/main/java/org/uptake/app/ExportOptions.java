package org.uptake.app;

import java.nio.file.Path;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Option;

/** The option every command that writes export files shares, and the check of each target before any work starts. */
final class ExportOptions {

    @Option(names = "--force", description = "Replace export files that already exist.")
    boolean force;

    /** The export to {@code file} (null when none was asked for), refused now when it lies in the workspace or exists without --force. */
    ExportFile target(Path file, Path workspace) {
        return file == null ? null : ExportFile.to(file, Workspace.folderOf(workspace), force);
    }
}
