package org.uptake.gui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;

/**
 * Shows a failure: its message up front, the technical details (stack trace) one click away. A
 * window shows one problem at a time: while a dialog is open, further problems are counted in it
 * (and kept in the log) instead of stacking more dialogs.
 */
public final class ErrorDialog {

    private static final String SHOWING = "uptake.errorDialog";

    private ErrorDialog() {
    }

    public static void show(Window owner, String title, Throwable failure) {
        Throwable shown = rootUserFacing(failure);
        ExceptionDialog dialog = new ExceptionDialog(shown);
        dialog.setTitle("Uptake");
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContentText(message(shown));
        dialog.getDialogPane().setPrefWidth(620);
        showOnce(owner, dialog);
    }

    /** A plain warning with no technical details, for problems the user can fix by themselves. */
    public static void warn(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.setTitle("Uptake");
        alert.setHeaderText(title);
        alert.getDialogPane().setPrefWidth(560);
        showOnce(owner, alert);
    }

    /** Shows the dialog unless the window already shows a problem; then that one counts this one too. */
    private static void showOnce(Window owner, Dialog<?> dialog) {
        if (owner == null) {
            dialog.show();
            return;
        }
        if (owner.getProperties().get(SHOWING) instanceof Dialog<?> open && open.isShowing()) {
            int more = (int) open.getDialogPane().getProperties().merge("more", 1, (a, b) -> (int) a + (int) b);
            String text = open.getDialogPane().getContentText().replaceFirst("\\n\\n\\(And \\d+ more problems? since.*\\)$", "");
            open.getDialogPane().setContentText(text + "\n\n(And " + more + " more problem" + (more == 1 ? "" : "s")
                    + " since; the latest: " + dialog.getHeaderText() + ". The log has them all.)");
            return;
        }
        dialog.initOwner(owner);
        owner.getProperties().put(SHOWING, dialog);
        dialog.setOnHidden(e -> owner.getProperties().remove(SHOWING, dialog));
        dialog.show();
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
