package org.uptake.gui.start;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/** The start page's state: the new-workspace form, the recent list, and where its actions go. */
public final class StartViewModel {

    private final StringProperty newName = new SimpleStringProperty("My workspace");
    private final StringProperty newLocation;
    private final ObservableList<Path> recent;
    private final BooleanProperty canGoBack = new SimpleBooleanProperty(false);
    private final StringProperty backLabel = new SimpleStringProperty("");
    private final Consumer<Path> create;
    private final Consumer<Path> open;
    private final Consumer<Path> forget;
    private Runnable back = () -> { };

    public StartViewModel(Path defaultLocation, ObservableList<Path> recent, Consumer<Path> create, Consumer<Path> open,
            Consumer<Path> forget) {
        this.newLocation = new SimpleStringProperty(defaultLocation.toString());
        this.recent = recent;
        this.create = create;
        this.open = open;
        this.forget = forget;
    }

    /** Why the form cannot be submitted yet, or empty when it can. */
    public String formProblem() {
        String name = newName.get() == null ? "" : newName.get().strip();
        if (name.isEmpty()) {
            return "Give the workspace a name.";
        }
        if (name.matches(".*[/\\\\:*?\"<>|].*")) {
            return "A workspace name cannot contain / \\ : * ? \" < > |";
        }
        if (newLocation.get() == null || newLocation.get().isBlank()) {
            return "Choose where to keep it.";
        }
        return "";
    }

    public BooleanBinding formValid() {
        return Bindings.createBooleanBinding(() -> formProblem().isEmpty(), newName, newLocation);
    }

    /** The folder the form would create: the name inside the location. */
    public Path newWorkspaceFolder() {
        return Path.of(newLocation.get().strip()).resolve(newName.get().strip());
    }

    public void create() {
        if (formProblem().isEmpty()) {
            create.accept(newWorkspaceFolder());
        }
    }

    public void open(Path folder) {
        open.accept(folder);
    }

    public void forget(Path folder) {
        forget.accept(folder);
    }

    public void back() {
        back.run();
    }

    public void setBack(String label, Runnable action) {
        backLabel.set(label);
        back = action;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newLocationProperty() {
        return newLocation;
    }

    public ObservableList<Path> recent() {
        return recent;
    }

    public BooleanProperty canGoBackProperty() {
        return canGoBack;
    }

    public StringProperty backLabelProperty() {
        return backLabel;
    }
}
