package org.uptake.gui.imports;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.Styles;
import org.uptake.ingest.Field;
import org.uptake.ingest.ImportPlan;
import org.uptake.ingest.Layout;
import org.uptake.ingest.TimestampFormat;

/** Step 2: which column feeds each field (suggested, remembered per source), how timestamps read, and their time zone. */
final class ColumnsPage extends VBox {

    static final String NONE = "(none)";
    static final String FORMAT_ID = "timestampFormat";
    static final String ZONE_ID = "timeZone";

    /** UTC, then the named regions, sorted; computed once rather than on every redraw of the page. */
    private static final List<String> ZONES = java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"),
            ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc") && !z.startsWith("SystemV"))
                    .sorted()).toList();

    private final ImportViewModel viewModel;
    private final GridPane grid = new GridPane();
    private final Label note = new Label();
    private final Label problem = new Label();

    ColumnsPage(ImportViewModel viewModel) {
        this.viewModel = viewModel;
        setSpacing(10);
        setPadding(new Insets(0, 0, 0, 12));
        grid.setHgap(10);
        grid.setVgap(6);
        note.setWrapText(true);
        note.getStyleClass().add(Styles.MUTED);
        problem.getStyleClass().add("problem");
        getChildren().addAll(note, grid, problem);
    }

    void show(FileEntry entry) {
        grid.getChildren().clear();
        ImportPlan plan = entry == null ? null : entry.plan();
        if (plan == null) {
            note.setText(entry == null ? "" : "This file cannot be imported: " + entry.problemProperty().get());
            problem.setText("");
            return;
        }
        int row = 0;
        if (plan.sniff().layout() == Layout.DELIMITED) {
            note.setText("Each field takes the column suggested by its name; change any that is wrong. Fields marked * are"
                    + " required." + (plan.sniff().kind() == org.uptake.ingest.SourceKind.EVENTS
                    ? " Columns left unmapped become event properties." : ""));
            List<String> choices = new ArrayList<>();
            choices.add(NONE);
            choices.addAll(plan.sniff().header());
            for (Field field : Field.of(plan.sniff().kind())) {
                ComboBox<String> column = new ComboBox<>();
                column.setId("map-" + field.canonicalName());
                column.getItems().setAll(choices);
                String current = plan.mapping().column(field);
                column.setValue(current == null ? NONE : current);
                column.valueProperty().addListener((obs, old, value) ->
                        viewModel.mapColumn(entry, field, NONE.equals(value) ? null : value));
                grid.addRow(row++, new Label(field.canonicalName() + (field.required() ? " *" : "")), column);
            }
        } else {
            note.setText("Fields are read the way a " + plan.sniff().dialect().label() + " file writes them.");
        }
        ComboBox<TimestampFormat> format = new ComboBox<>();
        format.setId(FORMAT_ID);
        format.getItems().setAll(TimestampFormat.values());
        format.setConverter(ImportView.converter(TimestampFormat::label));
        format.setValue(plan.mapping().timestampFormat() == null ? TimestampFormat.ISO_OFFSET : plan.mapping().timestampFormat());
        ComboBox<String> zone = new ComboBox<>();
        zone.setId(ZONE_ID);
        zone.setEditable(true);
        zone.getItems().setAll(ZONES);
        zone.setValue(plan.mapping().timeZone() == null ? "UTC" : plan.mapping().timeZone());
        format.valueProperty().addListener((obs, old, f) -> viewModel.setTimestamps(entry, f, zone.getValue()));
        zone.valueProperty().addListener((obs, old, z) -> {
            if (z != null && isZone(z)) {
                viewModel.setTimestamps(entry, format.getValue(), z);
            }
        });
        grid.addRow(row++, new Label("Timestamps"), format);
        Label zoneLabel = new Label("Time zone of timestamps without an offset");
        grid.addRow(row, zoneLabel, zone);
        zone.setDisable(!format.getValue().needsZone());
        problem.setText(plan.problem());
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
