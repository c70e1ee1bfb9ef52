package org.uptake.gui.common;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.ExportRefused;
import org.uptake.workspace.Workspace;

/**
 * Where an export from a screen goes: the save dialog (opening in the workspace's {@code exports/}),
 * then a refusal (with its reason) for a path inside the workspace folder, and an explicit question
 * before an existing file is replaced. The native dialogs' own overwrite question differs by
 * platform, so Uptake asks its own.
 */
public final class SaveTarget implements ExportTarget {

    private final Path workspaceFolder;

    public SaveTarget(Path workspaceFolder) {
        this.workspaceFolder = workspaceFolder;
    }

    @Override
    public Optional<ExportFile> file(String title, String initialName, FileChooser.ExtensionFilter... types) {
        Window owner = activeWindow();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        initialFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        if (types.length > 0) {
            chooser.getExtensionFilters().setAll(List.of(types));
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        return check(file.toPath(), existing -> confirmReplace(owner, existing),
                reason -> ErrorDialog.warn(owner, "Not exported", reason));
    }

    @Override
    public Optional<Path> folder(String title) {
        Window owner = activeWindow();
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        initialFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File chosen = chooser.showDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path folder = chosen.toPath();
        try {
            ExportFile.refuseInsideWorkspace(folder.resolve("x"), workspaceFolder);
        } catch (ExportRefused e) {
            ErrorDialog.warn(owner, "Not exported", e.getMessage());
            return Optional.empty();
        }
        long held = filesIn(folder);
        if (held > 0 && !confirm(owner, "Add to a folder that holds files?", folder + " already holds " + held + " files. Add the"
                + " export to it? Files with the same names are replaced; nothing else in it is touched.", "Add")) {
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    /** The workspace's exports/ folder, where the save dialogs open; empty when it is missing (an old or read-only workspace). */
    Optional<Path> initialFolder() {
        if (workspaceFolder == null) {
            return Optional.empty();
        }
        Path exports = workspaceFolder.resolve(Workspace.EXPORTS_FOLDER);
        return Files.isDirectory(exports) ? Optional.of(exports) : Optional.empty();
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

    /** The window the analyst works in (the screen's, or a people list's), which the dialogs belong to. */
    private static Window activeWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }

    private static long filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean confirmReplace(Window owner, Path existing) {
        return confirm(owner, "Replace " + existing.getFileName() + "?", existing + " already exists. Replace it with this export?",
                "Replace");
    }

    private static boolean confirm(Window owner, String header, String text, String yes) {
        ButtonType agree = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, agree, ButtonType.CANCEL);
        ask.setTitle("Uptake — export");
        ask.setHeaderText(header);
        if (owner != null) {
            ask.initOwner(owner);
        }
        return ask.showAndWait().filter(agree::equals).isPresent();
    }
}
