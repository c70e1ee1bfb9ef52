package org.uptake.gui.features;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.uptake.gui.common.SecondaryWindow;
import org.uptake.gui.common.Styles;

/** The feature editor in its own window: Escape or Close closes it; it reads the catalogue as it opens. */
public final class FeatureEditorWindow {

    private FeatureEditorWindow() {
    }

    /** Opens the editor for a new feature, or for {@code key}'s stored definition when it is not null. */
    public static Stage show(Window owner, FeatureEditorViewModel model, String key) {
        FeatureEditorView view = new FeatureEditorView(model);
        Stage stage = new Stage();
        javafx.scene.layout.VBox root = new javafx.scene.layout.VBox(view, SecondaryWindow.closeBar(stage));
        javafx.scene.layout.VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
        root.setPadding(new javafx.geometry.Insets(0, 10, 10, 10));
        stage.initOwner(owner);
        stage.setTitle(key == null ? "New feature" : "Edit feature " + key);
        Scene scene = new Scene(root, 1260, 760);
        scene.getStylesheets().add(FeatureEditorWindow.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        SecondaryWindow.closeOnEscape(stage);
        view.saveButton().setDefaultButton(true);
        model.load();
        if (key != null) {
            model.edit(key);
        }
        stage.show();
        return stage;
    }
}
