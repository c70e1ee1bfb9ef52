package org.uptake.gui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import org.uptake.workspace.ExportFile;

/**
 * Where a view model's export goes, asked of the analyst: a save dialog in the app, a fixed answer in
 * tests. Empty means nothing is to be written (cancelled, or refused and the analyst told why).
 */
public interface ExportTarget {

    /** A checked file for one export. */
    Optional<ExportFile> file(String title, String initialName, FileChooser.ExtensionFilter... types);

    /** A folder for an export of many files (the analyst agreed to add to it when it already holds files). */
    Optional<Path> folder(String title);
}
