package org.uptake.app;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.uptake.gui.common.ErrorDialog;
import org.uptake.gui.common.Notifier;

/** Tells the person in a main window how a job went (a warning or error dialog, or a note when an export is done), and news. */
final class WindowNotifier implements Notifier {

    private final Window window;

    WindowNotifier(Window window) {
        this.window = window;
    }

    @Override
    public void problem(String title, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !WindowFactory.userFixable(cause)) {
            cause = cause.getCause();
        }
        if (WindowFactory.userFixable(cause)) {
            ErrorDialog.warn(window, title, cause.getMessage());
        } else {
            ErrorDialog.show(window, title, failure);
        }
    }

    @Override
    public void done(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.initOwner(window);
        alert.setTitle("Uptake — " + title);
        alert.setHeaderText(title);
        alert.show();
    }

    /** A desktop notification in the window's corner while the app runs; it never leaves this machine. */
    @Override
    public void notice(String title, String text) {
        org.controlsfx.control.Notifications.create().owner(window).title(title).text(text)
                .hideAfter(javafx.util.Duration.seconds(8)).showInformation();
    }
}
