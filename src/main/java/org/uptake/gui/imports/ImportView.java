package org.uptake.gui.imports;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.uptake.gui.common.Styles;

/**
 * The Import screen: a five-step wizard (files, columns, check, import, result) over the files
 * dropped on the window or added here.
 */
public final class ImportView extends BorderPane {

    public static final String NEXT_ID = "importNext";
    public static final String BACK_ID = "importBack";
    public static final String FILES_ID = "importFiles";
    public static final String ADD_ID = "importAdd";
    public static final String BLOCKER_ID = "importBlocker";

    private final ImportViewModel viewModel;
    private final Map<ImportViewModel.Step, Node> pages = new EnumMap<>(ImportViewModel.Step.class);
    private final Map<ImportViewModel.Step, Label> stepLabels = new EnumMap<>(ImportViewModel.Step.class);
    private final StackPane content = new StackPane();
    private final VBox fileList;

    private final org.uptake.gui.common.FilesChooser chooser;

    public ImportView(ImportViewModel viewModel, org.uptake.gui.common.FilesChooser chooser) {
        this.viewModel = viewModel;
        this.chooser = chooser;
        setPadding(new Insets(20));
        Label title = new Label("Import");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        HBox steps = new HBox(18);
        for (ImportViewModel.Step step : ImportViewModel.Step.values()) {
            Label label = new Label(step.title);
            label.getStyleClass().add("wizard-step");
            stepLabels.put(step, label);
            steps.getChildren().add(label);
        }
        VBox top = new VBox(8, title, steps);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        FilesPage files = new FilesPage(viewModel);
        ColumnsPage columns = new ColumnsPage(viewModel);
        pages.put(ImportViewModel.Step.FILES, files);
        pages.put(ImportViewModel.Step.COLUMNS, columns);
        pages.put(ImportViewModel.Step.CHECK, new CheckPage(viewModel));
        pages.put(ImportViewModel.Step.IMPORTING, new ProgressPage(viewModel));
        pages.put(ImportViewModel.Step.RESULT, new ResultPage(viewModel));
        fileList = fileList();
        HBox.setHgrow(content, Priority.ALWAYS);
        setCenter(new HBox(fileList, content));
        setBottom(navigation());

        viewModel.stepProperty().addListener((obs, old, step) -> {
            showStep();
            refreshPages(files, columns);
        });
        javafx.beans.value.ChangeListener<Object> planChanged = (obs, old, plan) -> refreshPages(files, columns);
        viewModel.selectedProperty().addListener((obs, old, entry) -> {
            if (old != null) {
                old.planProperty().removeListener(planChanged);
            }
            if (entry != null) {
                entry.planProperty().addListener(planChanged);
            }
            refreshPages(files, columns);
        });
        showStep();
    }

    private VBox fileList() {
        ListView<FileEntry> list = new ListView<>(viewModel.files());
        list.setId(FILES_ID);
        list.setCellFactory(v -> new FileCell());
        list.setPrefWidth(290);
        list.setPlaceholder(new Label("Drop files anywhere on the window,\nor add them below."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                viewModel.selectedProperty().set(entry);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, entry) -> list.getSelectionModel().select(entry));
        Button add = new Button("Add files…");
        add.setId(ADD_ID);
        add.setOnAction(e -> chooseFiles());
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            FileEntry selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                viewModel.remove(selected);
            }
        });
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, list, new HBox(8, add, remove));
        box.setMinWidth(280);
        box.setPrefWidth(290);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Opens the file chooser (Ctrl+I, or the Add button). */
    public void chooseFiles() {
        List<Path> chosen = chooser.choose(getScene() == null ? null : getScene().getWindow());
        if (!chosen.isEmpty()) {
            viewModel.addFiles(chosen);
        }
    }

    private HBox navigation() {
        Label blocker = new Label();
        blocker.setId(BLOCKER_ID);
        blocker.getStyleClass().add(Styles.MUTED);
        blocker.textProperty().bind(viewModel.blockerText());
        Button back = new Button("Back");
        back.setId(BACK_ID);
        back.setOnAction(e -> viewModel.back());
        back.disableProperty().bind(viewModel.stepProperty().isEqualTo(ImportViewModel.Step.FILES)
                .or(viewModel.stepProperty().isEqualTo(ImportViewModel.Step.IMPORTING))
                .or(viewModel.stepProperty().isEqualTo(ImportViewModel.Step.RESULT)));
        Button next = new Button();
        next.setId(NEXT_ID);
        next.getStyleClass().add(Styles.PRIMARY);
        next.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> switch (viewModel.stepProperty().get()) {
            case FILES -> "Next: columns";
            case COLUMNS -> "Next: check";
            case CHECK -> "Import";
            default -> "Next";
        }, viewModel.stepProperty()));
        next.setOnAction(e -> viewModel.next());
        next.disableProperty().bind(viewModel.canGoOn().not()
                .or(viewModel.stepProperty().isEqualTo(ImportViewModel.Step.IMPORTING))
                .or(viewModel.stepProperty().isEqualTo(ImportViewModel.Step.RESULT)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, blocker, spacer, back, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private void refreshPages(FilesPage files, ColumnsPage columns) {
        FileEntry entry = viewModel.selectedProperty().get();
        if (viewModel.stepProperty().get() == ImportViewModel.Step.FILES) {
            files.show(entry);
        } else if (viewModel.stepProperty().get() == ImportViewModel.Step.COLUMNS) {
            columns.show(entry);
        }
    }

    private void showStep() {
        ImportViewModel.Step step = viewModel.stepProperty().get();
        content.getChildren().setAll(pages.get(step));
        stepLabels.forEach((s, label) -> label.getStyleClass().removeAll("current"));
        stepLabels.get(step).getStyleClass().add("current");
        fileList.setVisible(step == ImportViewModel.Step.FILES || step == ImportViewModel.Step.COLUMNS);
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
