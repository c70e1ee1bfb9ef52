package org.uptake.gui.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.input.TransferMode;
import org.uptake.gui.common.Appearance;
import org.uptake.gui.common.FolderChooser;
import org.uptake.gui.common.Theme;
import org.uptake.gui.common.ShownAware;
import org.uptake.gui.imports.ImportView;
import org.uptake.gui.common.Styles;
import org.uptake.gui.start.StartView;
import org.uptake.gui.start.StartViewModel;
import org.uptake.model.FeatureRef;
import org.uptake.workspace.Workspace;

/**
 * The main window's content: menu, header with the workspace name and feature picker, the
 * screen sidebar, the current screen, and the status bar; the start page while no workspace is up.
 */
public final class MainWindow extends BorderPane {

    public static final String FEATURE_PICKER_ID = "featurePicker";
    public static final String WORKSPACE_NAME_ID = "workspaceName";
    public static final String CONTENT_ID = "screenContent";
    public static final String DROP_TARGET = "drop-target";
    public static final String DROP_WAITING_ID = "dropWaiting";
    public static final String DARK_THEME_ID = "darkTheme";
    public static final String NEW_FEATURE_ID = "newFeature";

    private final MainWindowViewModel viewModel;
    private final ScreenFactory screens;
    private final FolderChooser folderChooser;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final StartView startView;
    private final Node header;
    private final Node sidebar;
    private final Node dropWaiting;

    public MainWindow(MainWindowViewModel viewModel, ScreenFactory screens, FolderChooser folderChooser,
            ObservableValue<Task<?>> latestTask, Runnable newWindow, Path defaultLocation) {
        this.viewModel = viewModel;
        this.screens = screens;
        this.folderChooser = folderChooser;
        Styles.applyTo(getStylesheets());
        getStyleClass().add("main-window");

        StartViewModel start = new StartViewModel(defaultLocation, viewModel.recentWorkspaces(),
                viewModel::createWorkspace, viewModel::openWorkspace, viewModel::removeRecent);
        start.canGoBackProperty().bind(viewModel.workspaceProperty().isNotNull());
        start.setBack("Back to the open workspace", () -> viewModel.showingStartProperty().set(false));
        startView = new StartView(start, folderChooser);
        header = header();
        dropWaiting = dropWaiting();
        sidebar = new Sidebar(viewModel.screenProperty(), viewModel.openAlertsProperty());
        content.setId(CONTENT_ID);
        content.setAlignment(Pos.TOP_LEFT);

        setTop(new VBox(menuBar(newWindow), header));
        setBottom(new TaskStatusBar(viewModel.statusProperty(), latestTask));

        viewModel.workspaceProperty().addListener((obs, old, ws) -> built.clear());
        acceptDroppedFiles();
        viewModel.showingStartProperty().addListener((obs, old, showing) -> layoutFor());
        viewModel.workspaceProperty().addListener((obs, old, ws) -> layoutFor());
        viewModel.screenProperty().addListener((obs, old, screen) -> showScreen());
        layoutFor();
    }

    private void layoutFor() {
        boolean start = viewModel.showingStartProperty().get() || viewModel.workspaceProperty().get() == null;
        header.setVisible(!start);
        header.setManaged(!start);
        if (start) {
            setLeft(null);
            ScrollPane scroll = new ScrollPane(startView);
            scroll.getStyleClass().add("start-scroll");
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            VBox.setVgrow(scroll, Priority.ALWAYS);
            setCenter(new VBox(dropWaiting, scroll));
        } else {
            setLeft(sidebar);
            setCenter(content);
            showScreen();
        }
    }

    private void showScreen() {
        Workspace workspace = viewModel.workspaceProperty().get();
        Screen screen = viewModel.screenProperty().get();
        if (workspace == null || screen == null) {
            content.getChildren().clear();
            return;
        }
        boolean existed = built.containsKey(screen);
        Node view = built.computeIfAbsent(screen, s -> screens.create(s, workspace, viewModel));
        content.getChildren().setAll(view);
        if (existed && view instanceof ShownAware aware) {
            aware.onShown();
        }
    }

    private Node header() {
        Label name = new Label();
        name.setId(WORKSPACE_NAME_ID);
        name.getStyleClass().add(Styles.WORKSPACE_NAME);
        name.textProperty().bind(viewModel.workspaceProperty().map(Workspace::name).orElse(""));
        ComboBox<FeatureRef> picker = new ComboBox<>(viewModel.features());
        picker.setId(FEATURE_PICKER_ID);
        picker.setPrefWidth(280);
        picker.valueProperty().bindBidirectional(viewModel.selectedFeatureProperty());
        picker.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.features()));
        picker.setPromptText("No features defined yet");
        // Once a feature is picked, the keys go back to the screen: arrow keys in a form must not switch the feature.
        picker.setOnHidden(e -> content.requestFocus());
        content.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(10, name, spacer, new Label("Feature"), picker);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 14, 8, 14));
        box.getStyleClass().add(Styles.HEADER);
        return box;
    }

    private MenuBar menuBar(Runnable newWindow) {
        MenuItem newWorkspace = item("New workspace…", "Shortcut+N", this::showNewWorkspace);
        MenuItem open = item("Open workspace…", "Shortcut+O", this::chooseAndOpen);
        MenuItem importFiles = item("Import files…", "Shortcut+I", this::chooseFilesToImport);
        importFiles.disableProperty().bind(viewModel.workspaceProperty().isNull());
        MenuItem window = item("New window", "Shortcut+Shift+N", newWindow);
        MenuItem close = item("Close workspace", "Shortcut+W", viewModel::closeWorkspace);
        close.disableProperty().bind(viewModel.workspaceProperty().isNull());
        MenuItem quit = item("Quit", "Shortcut+Q", () -> getScene().getWindow().hide());
        Menu recent = new Menu("Open recent");
        fillRecent(recent);
        viewModel.recentWorkspaces().addListener((javafx.collections.ListChangeListener<Path>) change -> fillRecent(recent));
        Menu file = new Menu("File", null, newWorkspace, open, recent, importFiles, window, close, quit);

        Menu go = new Menu("Go");
        for (Screen screen : Screen.values()) {
            MenuItem item = item(screen.title(), "Shortcut+" + screen.shortcutDigit(), () -> go(screen));
            item.disableProperty().bind(viewModel.workspaceProperty().isNull());
            go.getItems().add(item);
        }
        MenuItem newFeature = item("New feature…", "Shortcut+Shift+F", () -> openFeatureEditor(null));
        newFeature.setId(NEW_FEATURE_ID);
        newFeature.disableProperty().bind(viewModel.workspaceProperty().isNull());
        MenuItem editFeature = item("Edit feature…", "Shortcut+E", () -> openFeatureEditor(viewModel.selectedFeatureProperty().get()));
        editFeature.disableProperty().bind(viewModel.selectedFeatureProperty().isNull());
        Menu features = new Menu("Features", null, newFeature, editFeature);
        javafx.scene.control.CheckMenuItem dark = new javafx.scene.control.CheckMenuItem("Dark theme");
        dark.setId(DARK_THEME_ID);
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(Appearance.themeProperty().get() == Theme.DARK);
        dark.setOnAction(e -> Appearance.themeProperty().set(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        Menu view = new Menu("View", null, dark);
        // Another window may have switched the theme since: the tick shows the one in use.
        view.setOnShowing(e -> dark.setSelected(Appearance.themeProperty().get() == Theme.DARK));
        MenuItem about = new MenuItem("About Uptake");
        about.setOnAction(e -> AboutDialog.show(getScene().getWindow(), version()));
        Menu help = new Menu("Help", null, about);
        MenuBar bar = new MenuBar(file, go, features, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void openFeatureEditor(FeatureRef feature) {
        Workspace workspace = viewModel.workspaceProperty().get();
        if (workspace != null) {
            screens.openFeatureEditor(workspace, viewModel, getScene().getWindow(), feature == null ? null : feature.key());
        }
    }

    private void fillRecent(Menu recent) {
        recent.getItems().setAll(viewModel.recentWorkspaces().stream().map(folder -> {
            MenuItem item = new MenuItem(folder.getFileName() + " — " + folder);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.openWorkspace(folder));
            return item;
        }).toList());
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** The version the jar's manifest names ("development" when run from the build folder). */
    private static String version() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void go(Screen screen) {
        if (viewModel.workspaceProperty().get() == null) {
            return;
        }
        viewModel.showingStartProperty().set(false);
        viewModel.screenProperty().set(screen);
    }

    private void chooseFilesToImport() {
        go(Screen.IMPORT);
        if (built.get(Screen.IMPORT) instanceof ImportView importView) {
            importView.chooseFiles();
        }
    }

    /** Files dropped anywhere on the window start the import wizard. */
    private void acceptDroppedFiles() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!getStyleClass().contains(DROP_TARGET)) {
                    getStyleClass().add(DROP_TARGET);
                }
            }
            event.consume();
        });
        setOnDragExited(event -> getStyleClass().remove(DROP_TARGET));
        // A drag that ends without leaving the window (an error dialog opened mid-drag took the pointer) must not
        // leave the highlight behind: any other window opening, or the pointer moving without a drag, clears it.
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, event -> getStyleClass().remove(DROP_TARGET));
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) change -> {
            while (change.next()) {
                if (change.wasAdded() && change.getAddedSubList().stream().anyMatch(w -> getScene() == null || w != getScene().getWindow())) {
                    getStyleClass().remove(DROP_TARGET);
                }
            }
        });
        setOnDragDropped(event -> {
            getStyleClass().remove(DROP_TARGET);
            boolean done = event.getDragboard().hasFiles();
            if (done) {
                viewModel.importFiles(event.getDragboard().getFiles().stream().map(f -> f.toPath().toAbsolutePath()).toList());
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    /** Files dropped with no workspace open wait here until one is opened or created, then go to the import wizard. */
    private Node dropWaiting() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int n = viewModel.filesWaitingForWorkspace().size();
            return (n == 1 ? "1 dropped file waits" : n + " dropped files wait") + " for a workspace: create one or open one"
                    + " below (or a recent one), and " + (n == 1 ? "it opens" : "they open") + " in the import wizard.";
        }, viewModel.filesWaitingForWorkspace()));
        javafx.scene.control.Button open = new javafx.scene.control.Button("Open a workspace…");
        open.setOnAction(e -> chooseAndOpen());
        javafx.scene.control.Button forget = new javafx.scene.control.Button("Forget the files");
        forget.setOnAction(e -> viewModel.filesWaitingForWorkspace().clear());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(10, text, spacer, open, forget);
        box.setId(DROP_WAITING_ID);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(10, 14, 10, 14));
        box.getStyleClass().add("drop-waiting");
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.filesWaitingForWorkspace()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showNewWorkspace() {
        viewModel.showingStartProperty().set(true);
        startView.focusNewWorkspace();
    }

    private void chooseAndOpen() {
        folderChooser.choose(getScene().getWindow(), "Open an Uptake workspace", null)
                .ifPresent(viewModel::openWorkspace);
    }
}
