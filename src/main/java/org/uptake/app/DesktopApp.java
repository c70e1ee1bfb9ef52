package org.uptake.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the first main window on the start page. */
public final class DesktopApp extends Application {

    static void start(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        WindowFactory.forUser().show(stage);
    }
}
