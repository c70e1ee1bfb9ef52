package org.uptake.gui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks the person for a folder; tests substitute an answer since native dialogs cannot run headless. */
@FunctionalInterface
public interface FolderChooser {

    Optional<Path> choose(Window owner, String title, Path initial);

    /** The operating system's folder dialog. */
    static FolderChooser system() {
        return (owner, title, initial) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            if (initial != null && Files.isDirectory(initial)) {
                chooser.setInitialDirectory(initial.toFile());
            }
            File chosen = chooser.showDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
