package org.uptake.gui.imports;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.uptake.ingest.ImportPlan;
import org.uptake.ingest.ImportResult;
import org.uptake.ingest.Validation;

/** One file in the import wizard: its plan as the analyst confirms it, what a dry run found, and how it ended. */
public final class FileEntry {

    private final Path file;
    private final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Validation.Summary> validation = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("Reading…");

    FileEntry(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The file's name, with its zip entry when it is one table of several. */
    public String name() {
        return plan.get() == null ? file.getFileName().toString() : plan.get().sniff().displayName();
    }

    public ObjectProperty<ImportPlan> planProperty() {
        return plan;
    }

    public ImportPlan plan() {
        return plan.get();
    }

    /** A file-level problem (not importable at all), or empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<Validation.Summary> validationProperty() {
        return validation;
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public StringProperty statusProperty() {
        return status;
    }

    boolean importable() {
        return plan.get() != null && problem.get().isEmpty();
    }
}
