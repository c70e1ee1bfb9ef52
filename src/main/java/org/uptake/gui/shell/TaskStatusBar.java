package org.uptake.gui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: the window's status text, or while a background job runs, its message,
 * progress and a Cancel button.
 */
final class TaskStatusBar extends StatusBar {

    static final String CANCEL_ID = "cancelTask";

    TaskStatusBar(StringProperty status, ObservableValue<Task<?>> latestTask) {
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_ID);
        cancel.setVisible(false);
        getRightItems().add(cancel);
        textProperty().bind(status);
        latestTask.addListener((obs, old, task) -> follow(task, status, cancel));
    }

    private void follow(Task<?> task, StringProperty status, Button cancel) {
        textProperty().unbind();
        progressProperty().unbind();
        if (task == null) {
            textProperty().bind(status);
            setProgress(0);
            cancel.setVisible(false);
            return;
        }
        textProperty().bind(Bindings.when(task.runningProperty()).then(task.messageProperty()).otherwise(status));
        progressProperty().bind(Bindings.when(task.runningProperty()).then(task.progressProperty()).otherwise(0.0));
        cancel.visibleProperty().unbind();
        cancel.visibleProperty().bind(task.runningProperty());
        cancel.setOnAction(e -> task.cancel());
    }
}
