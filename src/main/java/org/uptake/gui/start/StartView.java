package org.uptake.gui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.FolderChooser;
import org.uptake.gui.common.Styles;

/** The start page: create a workspace, open one, or reopen a recent one. */
public final class StartView extends HBox {

    public static final String NAME_FIELD_ID = "newWorkspaceName";
    public static final String LOCATION_FIELD_ID = "newWorkspaceLocation";
    public static final String CREATE_BUTTON_ID = "createWorkspace";
    public static final String OPEN_BUTTON_ID = "openWorkspace";
    public static final String RECENT_LIST_ID = "recentWorkspaces";

    private final TextField nameField = new TextField();

    public StartView(StartViewModel viewModel, FolderChooser folderChooser) {
        getStyleClass().add("start-page");
        setSpacing(32);
        setPadding(new Insets(40));
        setAlignment(Pos.TOP_CENTER);

        Label title = new Label("Uptake");
        title.getStyleClass().add("start-title");
        Label tagline = new Label("See who adopts each feature, who struggles and why, and whether it solved the problem it was built for.");
        tagline.setWrapText(true);
        tagline.getStyleClass().add(Styles.MUTED);

        nameField.setId(NAME_FIELD_ID);
        nameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        TextField locationField = new TextField();
        locationField.setId(LOCATION_FIELD_ID);
        locationField.textProperty().bindBidirectional(viewModel.newLocationProperty());
        HBox.setHgrow(locationField, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> folderChooser.choose(getScene().getWindow(), "Where to keep the new workspace",
                        Path.of(viewModel.newLocationProperty().get()))
                .ifPresent(p -> viewModel.newLocationProperty().set(p.toString())));
        Button create = new Button("Create workspace");
        create.setId(CREATE_BUTTON_ID);
        create.getStyleClass().add(Styles.PRIMARY);
        create.setDefaultButton(true);
        create.disableProperty().bind(viewModel.formValid().not());
        create.setOnAction(e -> viewModel.create());
        nameField.setOnAction(e -> viewModel.create());
        Label formProblem = new Label();
        formProblem.getStyleClass().add(Styles.MUTED);
        formProblem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(viewModel::formProblem,
                viewModel.newNameProperty(), viewModel.newLocationProperty()));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Name"), nameField);
        form.addRow(1, new Label("Location"), new HBox(6, locationField, browse));
        GridPane.setHgrow(nameField, Priority.ALWAYS);
        VBox createCard = card("Create a workspace", form, new HBox(12, create, formProblem));

        Button open = new Button("Open workspace folder…");
        open.setId(OPEN_BUTTON_ID);
        open.setOnAction(e -> folderChooser.choose(getScene().getWindow(), "Open an Uptake workspace", null)
                .ifPresent(viewModel::open));
        Button back = new Button();
        back.textProperty().bind(viewModel.backLabelProperty());
        back.visibleProperty().bind(viewModel.canGoBackProperty());
        back.managedProperty().bind(back.visibleProperty());
        back.setOnAction(e -> viewModel.back());
        VBox openCard = card("Open a workspace", new HBox(8, open, back));

        VBox left = new VBox(18, title, tagline, createCard, openCard);
        left.setPrefWidth(560);
        left.setMaxWidth(620);

        ListView<Path> recentList = recentList(viewModel);
        Label recentTitle = new Label("Recent workspaces");
        recentTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Label recentHint = new Label("Double-click or press Enter to open.");
        recentHint.getStyleClass().add(Styles.MUTED);
        VBox right = new VBox(8, recentTitle, recentList, recentHint);
        right.setPrefWidth(420);
        VBox.setVgrow(recentList, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }

    /** Puts the cursor in the name field, for Ctrl+N. */
    public void focusNewWorkspace() {
        nameField.requestFocus();
        nameField.selectAll();
    }

    private static ListView<Path> recentList(StartViewModel viewModel) {
        ListView<Path> list = new ListView<>(viewModel.recent());
        list.setId(RECENT_LIST_ID);
        list.setPlaceholder(new Label("Workspaces you open will be listed here."));
        list.setCellFactory(v -> new RecentCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            Path selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                viewModel.open(selected);
            } else if (selected != null && e.getCode() == KeyCode.DELETE) {
                viewModel.forget(selected);
            }
        });
        MenuItem forget = new MenuItem("Remove from list");
        forget.setOnAction(e -> {
            Path selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                viewModel.forget(selected);
            }
        });
        list.setContextMenu(new ContextMenu(forget));
        return list;
    }

    private static VBox card(String title, javafx.scene.Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    /** A recent workspace: its name, its folder beneath, greyed when the folder is gone. */
    private static final class RecentCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(item.getFileName() == null ? item.toString() : item.getFileName().toString());
            name.getStyleClass().add("recent-name");
            Label folder = new Label(item.toString() + (Files.isDirectory(item) ? "" : "  (missing)"));
            folder.getStyleClass().add(Styles.MUTED);
            setText(null);
            setGraphic(new VBox(2, name, folder));
        }
    }
}
