package org.uptake.gui.overview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.uptake.gui.common.Styles;
import org.uptake.model.ImportRecord;
import org.uptake.model.WorkspaceSummary;

/** The Overview screen: tiles with what the workspace holds and the recent imports. */
public final class OverviewView extends VBox implements org.uptake.gui.common.ShownAware {

    public static final String TILES_ID = "overviewTiles";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final FlowPane tiles = new FlowPane(12, 12);
    private final Label emptyHint = new Label(
            "This workspace is empty. Drop product-analytics exports anywhere on the window, or press Ctrl+I, to import"
                    + " events, people, accounts, tickets and feature definitions. To try Uptake on realistic data,"
                    + " `uptake sample <folder>` writes the dashboard-customization launch scenario.");
    private final TableView<ImportRecord> imports = new TableView<>();

    private final OverviewViewModel viewModel;

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

        getChildren().addAll(heading, tiles, emptyHint, importsTitle, imports);
        viewModel.summaryProperty().addListener((obs, old, summary) -> show(summary));
        viewModel.refresh();
    }

    @Override
    public void onShown() {
        viewModel.refresh();
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
