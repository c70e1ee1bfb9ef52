package org.uptake.gui.adoption;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.uptake.adoption.LaunchCurve;
import org.uptake.gui.common.Placeholders;
import org.uptake.gui.common.Styles;

/** The Adoption screen's two tabs about time: targets from past launches, and who stays (the cohort triangle and stickiness). */
final class HistoryPane {

    static final String ADVICE_ID = "targetAdvice";
    static final String PROPOSED_ID = "proposedTarget";
    static final String CURVES_ID = "pastLaunchesTable";
    static final String COHORTS_ID = "cohortTable";
    static final String STICKINESS_ID = "stickiness";

    private final HistoryViewModel viewModel;
    private final TableView<String[]> curves = new TableView<>();
    private final TableView<String[]> cohorts = new TableView<>();

    HistoryPane(HistoryViewModel viewModel) {
        this.viewModel = viewModel;
        Placeholders.loading(curves, viewModel.busyProperty(), "No past launches yet: features launched at least 30 data days ago.");
        Placeholders.loading(cohorts, viewModel.busyProperty(), "Nobody has adopted it yet.");
        curves.setId(CURVES_ID);
        cohorts.setId(COHORTS_ID);
        viewModel.historyProperty().addListener((obs, old, now) -> show());
        viewModel.refresh();
    }

    /** Where a PM sets or reads a target: the advice, a field to try another target, the past launches' curves. */
    Node targets() {
        Label advice = new Label();
        advice.setId(ADVICE_ID);
        advice.setWrapText(true);
        advice.textProperty().bind(viewModel.adviceProperty());
        TextField proposed = new TextField();
        proposed.setId(PROPOSED_ID);
        proposed.setPromptText("try a target, e.g. 30%");
        proposed.setOnAction(e -> viewModel.propose(proposed.getText()));
        Label how = new Label("Target-audience adoption of past launches (launched at least 30 data days ago, inside the data) "
                + "at 7, 14, 30, 60 and 90 days; a blank cell: the data does not reach that day yet.");
        how.getStyleClass().add(Styles.MUTED);
        how.setWrapText(true);
        HBox row = new HBox(8, new Label("Proposed target"), proposed);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, advice, row, how, curves);
    }

    /** Who stays: the cohort triangle and stickiness week by week. */
    Node whoStays() {
        Label stickiness = new Label();
        stickiness.setId(STICKINESS_ID);
        stickiness.setWrapText(true);
        stickiness.textProperty().bind(viewModel.stickinessProperty());
        Label how = new Label("Adopters by the week they adopted, and the share still using it each week after (w0: their own week);"
                + " a blank cell: that week is not over in the data.");
        how.getStyleClass().add(Styles.MUTED);
        how.setWrapText(true);
        return new VBox(8, how, cohorts, stickiness);
    }

    private void show() {
        List<String> curveTitles = new java.util.ArrayList<>(List.of("Launch", "Launched", "Target"));
        LaunchCurve.HORIZONS.forEach(h -> curveTitles.add("Day " + h));
        fill(curves, curveTitles, viewModel.curveRows());
        List<String[]> rows = viewModel.cohortRows();
        int width = rows.stream().mapToInt(r -> r.length).max().orElse(2);
        List<String> cohortTitles = new java.util.ArrayList<>(List.of("Adopted in week of", "Adopters"));
        for (int k = 0; k < width - 2; k++) {
            cohortTitles.add("w" + k);
        }
        fill(cohorts, cohortTitles, rows);
    }

    private static void fill(TableView<String[]> table, List<String> titles, List<String[]> rows) {
        table.getColumns().clear();
        for (int i = 0; i < titles.size(); i++) {
            int column = i;
            TableColumn<String[], String> c = new TableColumn<>(titles.get(i));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column < cell.getValue().length ? cell.getValue()[column] : ""));
            c.setSortable(false);
            table.getColumns().add(c);
        }
        table.getItems().setAll(rows);
    }
}
