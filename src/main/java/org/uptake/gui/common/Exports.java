package org.uptake.gui.common;

import java.nio.file.Path;
import java.util.function.BiFunction;
import javafx.stage.FileChooser;
import org.uptake.workspace.ExportFile;

/**
 * A screen's exports: asks where (through the {@link ExportTarget}), writes off the FX thread through
 * the task seam, and tells the person what was written (or why not) through the {@link Notifier}.
 */
public final class Exports {

    /** Writes the export to its file and says what it wrote (a count, a path). */
    @FunctionalInterface
    public interface Writing<T> {
        T writeTo(ExportFile file) throws Exception;
    }

    public static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV", "*.csv");
    public static final FileChooser.ExtensionFilter JSON = new FileChooser.ExtensionFilter("JSON", "*.json");
    public static final FileChooser.ExtensionFilter PDF = new FileChooser.ExtensionFilter("PDF", "*.pdf");

    private final ExportTarget target;
    private final TaskExecutor executor;
    private final Notifier notifier;

    public Exports(ExportTarget target, TaskExecutor executor, Notifier notifier) {
        this.target = target;
        this.executor = executor;
        this.notifier = notifier;
    }

    /**
     * Asks for a file, then writes it in the background; {@code told} turns what the writing returned
     * and where it went into the sentence the person reads once the file is in place.
     */
    public <T> void write(String title, String initialName, Writing<T> writing, BiFunction<T, Path, String> told,
            FileChooser.ExtensionFilter... types) {
        target.file(title, initialName, types).ifPresent(file -> write(file, writing, told));
    }

    /** Writes to a file already chosen, in the background. */
    public <T> void write(ExportFile file, Writing<T> writing, BiFunction<T, Path, String> told) {
        String name = file.path().getFileName().toString();
        executor.submit(BackgroundJob.of("Writing " + name, progress -> writing.writeTo(file))
                .onSuccess(result -> notifier.done("Exported", told.apply(result, file.path())))
                .onFailure(failure -> notifier.problem("Could not write " + name, failure)));
    }

    /** Where the exports go, for exports that are not one file (a folder of .eml files). */
    public ExportTarget target() {
        return target;
    }
}
