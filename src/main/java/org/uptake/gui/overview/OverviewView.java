package org.uptake.gui.overview;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.NoteLabel;
import org.uptake.gui.common.Styles;
import org.uptake.model.ImportRecord;
import org.uptake.model.WorkspaceSummary;

/** The Overview screen: tiles with what the workspace holds and the recent imports. */
public final class OverviewView extends VBox implements org.uptake.gui.common.ShownAware {

    public static final String TILES_ID = "overviewTiles";
    public static final String KEPT_BANNER_ID = "keptFilesBanner";
    public static final String IMPORT_KEPT_ID = "importKeptFiles";
    public static final String READ_ONLY_ID = "readOnlyBanner";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final FlowPane tiles = new FlowPane(12, 12);
    private final Label emptyHint = new Label(
            "This workspace is empty. Drop product-analytics exports anywhere on the window, or press Ctrl+I, to import"
                    + " events, people, accounts, tickets and feature definitions. To try Uptake on realistic data,"
                    + " `uptake sample <folder>` writes the dashboard-customization launch scenario.");
    private final TableView<ImportRecord> imports = new TableView<>();

    private final OverviewViewModel viewModel;

    static final String ORIGIN_ID = "overview-origin";

    public OverviewView(OverviewViewModel viewModel) {
        this.viewModel = viewModel;
        setSpacing(14);
        setPadding(new Insets(20));
        Label title = new Label("Overview");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> viewModel.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(8, title, spacer, refresh);

        tiles.setId(TILES_ID);
        emptyHint.setWrapText(true);
        emptyHint.setMinHeight(Region.USE_PREF_SIZE);
        emptyHint.getStyleClass().add(Styles.CARD);
        emptyHint.managedProperty().bind(emptyHint.visibleProperty());
        emptyHint.setVisible(false);

        Label importsTitle = new Label("Recent imports");
        importsTitle.getStyleClass().add(Styles.SECTION_TITLE);
        configureImports();
        VBox.setVgrow(imports, Priority.ALWAYS);

        // Where the data came from, when it is an extract of the Spark job (cluster, date, sample).
        Label origin = NoteLabel.of(ORIGIN_ID, viewModel.originProperty());
        getChildren().addAll(heading, keptBanner(), origin, tiles, emptyHint, importsTitle, imports);
        viewModel.readOnly().ifPresent(reason -> {
            Label readOnly = new Label("This workspace is read-only (" + reason + "): you can read it, but imports and reviews"
                    + " cannot be saved. Make it writable, or copy the folder somewhere writable.");
            readOnly.setId(READ_ONLY_ID);
            readOnly.setWrapText(true);
            readOnly.getStyleClass().add(Styles.CARD);
            getChildren().add(1, readOnly);
        });
        viewModel.summaryProperty().addListener((obs, old, summary) -> show(summary));
        viewModel.refresh();
    }

    @Override
    public void onShown() {
        viewModel.refresh();
    }

    /** Offers to import again the kept originals the database does not know (after restoring an older backup). */
    private HBox keptBanner() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> keptText(viewModel.unknownKept()), viewModel.unknownKept()));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button importAgain = new Button("Import them again…");
        importAgain.setId(IMPORT_KEPT_ID);
        importAgain.getStyleClass().add(Styles.PRIMARY);
        importAgain.setOnAction(e -> viewModel.importUnknownAgain());
        HBox banner = new HBox(12, text, importAgain);
        banner.setId(KEPT_BANNER_ID);
        banner.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        banner.getStyleClass().add(Styles.CARD);
        banner.visibleProperty().bind(Bindings.isNotEmpty(viewModel.unknownKept()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    static String keptText(List<Path> files) {
        if (files.isEmpty()) {
            return "";
        }
        String names = files.stream().limit(3).map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.joining(", "))
                + (files.size() > 3 ? " and " + (files.size() - 3) + " more" : "");
        return String.format("%d kept %s in imports/ %s not in this workspace's database (%s): a restored backup or an unfinished"
                + " import left %s. Import %s again to bring %s data back.", files.size(), files.size() == 1 ? "file" : "files",
                files.size() == 1 ? "is" : "are", names, files.size() == 1 ? "it" : "them", files.size() == 1 ? "it" : "them",
                files.size() == 1 ? "its" : "their");
    }

    private void show(WorkspaceSummary s) {
        if (s == null) {
            return;
        }
        tiles.getChildren().setAll(
                tile("People", s.people(), null),
                tile("Accounts", s.accounts(), null),
                tile("Events", s.events(), OverviewViewModel.eventRange(s)),
                tile("Features", s.features(), null),
                tile("Support tickets", s.tickets(), null),
                tile("Quarantined rows", s.quarantinedRows(), "bad rows kept with their reasons"));
        emptyHint.setVisible(s.isEmpty());
        imports.getItems().setAll(s.recentImports());
    }

    private static VBox tile(String label, long value, String detail) {
        Label number = new Label(org.uptake.model.Figures.count(value));
        number.getStyleClass().add(Styles.TILE_VALUE);
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TILE_LABEL);
        VBox tile = new VBox(2, number, name);
        if (detail != null) {
            Label more = new Label(detail);
            more.getStyleClass().add(Styles.MUTED);
            tile.getChildren().add(more);
        }
        tile.getStyleClass().add(Styles.TILE);
        tile.setId("tile-" + label.toLowerCase().replace(' ', '-'));
        return tile;
    }

    private void configureImports() {
        imports.setPlaceholder(new Label("No imports yet."));
        imports.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        imports.getColumns().setAll(
                column("Started", r -> WHEN.format(r.startedAt())),
                column("File", ImportRecord::fileName),
                column("Kind", ImportRecord::kind),
                column("Status", ImportRecord::status),
                column("Rows imported", r -> org.uptake.model.Figures.count(r.rowsImported())),
                column("Duplicates skipped", r -> org.uptake.model.Figures.count(r.duplicatesSkipped())),
                column("Quarantined", r -> org.uptake.model.Figures.count(r.rowsQuarantined())));
    }

    private static TableColumn<ImportRecord, String> column(String title,
            java.util.function.Function<ImportRecord, String> value) {
        TableColumn<ImportRecord, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
