package org.uptake.gui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the person for files to import; tests substitute an answer since native dialogs cannot run headless. */
@FunctionalInterface
public interface FilesChooser {

    List<Path> choose(Window owner);

    /** The operating system's file dialog, filtered to export formats. */
    static FilesChooser system() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import product-analytics exports");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Exports (CSV, TSV, JSON, JSON Lines, gzip, zip, Markdown)",
                            "*.csv", "*.tsv", "*.txt", "*.json", "*.jsonl", "*.ndjson", "*.gz", "*.zip", "*.md"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            List<File> chosen = chooser.showOpenMultipleDialog(owner);
            return chosen == null ? List.of() : chosen.stream().map(File::toPath).map(Path::toAbsolutePath).toList();
        };
    }
}
