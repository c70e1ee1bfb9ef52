package org.uptake.gui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import org.uptake.workspace.ExportFile;

/**
 * The analyst's answer to a save dialog, fixed in advance: a file in a folder, or Cancel (null).
 * Keeps what each dialog offered ("title | name | patterns"), so tests see what the analyst was asked.
 */
public final class ExportTo implements ExportTarget {

    private final Path folder;
    private final List<String> asked = Collections.synchronizedList(new ArrayList<>());

    private ExportTo(Path folder) {
        this.folder = folder;
    }

    /** Saves under the offered name in {@code folder}. */
    public static ExportTo folder(Path folder) {
        return new ExportTo(folder);
    }

    /** Cancels every dialog. */
    public static ExportTo cancel() {
        return new ExportTo(null);
    }

    @Override
    public Optional<ExportFile> file(String title, String initialName, FileChooser.ExtensionFilter... types) {
        List<String> patterns = new ArrayList<>();
        for (FileChooser.ExtensionFilter type : types) {
            patterns.addAll(type.getExtensions());
        }
        asked.add(title + " | " + initialName + " | " + String.join(" ", patterns));
        return folder == null ? Optional.empty() : Optional.of(ExportFile.to(folder.resolve(initialName), null, false));
    }

    @Override
    public Optional<Path> folder(String title) {
        asked.add(title);
        return Optional.ofNullable(folder);
    }

    public List<String> asked() {
        synchronized (asked) {
            return List.copyOf(asked);
        }
    }
}
