package org.uptake.gui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.ExportRefused;

/**
 * Where an export from a screen goes: the save dialog, then a refusal (with its reason) for a path
 * inside the workspace folder, and an explicit question before an existing file is replaced. The
 * native dialogs' own overwrite question differs by platform, so Uptake asks its own.
 */
public final class SaveTarget {

    private final Path workspaceFolder;

    public SaveTarget(Path workspaceFolder) {
        this.workspaceFolder = workspaceFolder;
    }

    /** Asks for a file and checks it; empty when the analyst cancelled or the target was refused (they were told why). */
    public Optional<ExportFile> ask(Window owner, String title, String initialName, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        if (filters.length > 0) {
            chooser.getExtensionFilters().setAll(List.of(filters));
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        return check(file.toPath(), existing -> confirmReplace(owner, existing),
                reason -> ErrorDialog.warn(owner, "Not exported", reason));
    }

    /**
     * A chosen path as an export: refused (told through {@code refused}) inside the workspace folder;
     * an existing file is replaced only when {@code replace} agrees.
     */
    public Optional<ExportFile> check(Path chosen, Predicate<Path> replace, Consumer<String> refused) {
        try {
            ExportFile.refuseInsideWorkspace(chosen, workspaceFolder);
            boolean exists = Files.exists(chosen);
            if (exists && !Files.isDirectory(chosen) && !replace.test(chosen)) {
                return Optional.empty();
            }
            return Optional.of(ExportFile.to(chosen, workspaceFolder, exists));
        } catch (ExportRefused e) {
            refused.accept(e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean confirmReplace(Window owner, Path existing) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, existing + " already exists. Replace it with this export?", replace,
                ButtonType.CANCEL);
        ask.setTitle("Uptake");
        ask.setHeaderText("Replace " + existing.getFileName() + "?");
        if (owner != null) {
            ask.initOwner(owner);
        }
        return ask.showAndWait().filter(replace::equals).isPresent();
    }
}
