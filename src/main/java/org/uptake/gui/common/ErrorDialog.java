package org.uptake.gui.common;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;

/** Shows a failure: its message up front, the technical details (stack trace) one click away. */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    public static void show(Window owner, String title, Throwable failure) {
        Throwable shown = rootUserFacing(failure);
        ExceptionDialog dialog = new ExceptionDialog(shown);
        dialog.setTitle("Uptake");
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContentText(message(shown));
        dialog.getDialogPane().setPrefWidth(620);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.show();
    }

    /** A plain warning with no technical details, for problems the user can fix by themselves. */
    public static void warn(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.setTitle("Uptake");
        alert.setHeaderText(title);
        alert.getDialogPane().setPrefWidth(560);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    static String message(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    // A task failure arrives wrapped (ExecutionException, RuntimeException); the cause says what happened.
    private static Throwable rootUserFacing(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        return t;
    }
}
