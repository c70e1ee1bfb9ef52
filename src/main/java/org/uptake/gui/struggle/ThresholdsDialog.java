package org.uptake.gui.struggle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.uptake.struggle.StruggleSettings;

/** Lets the analyst tune the detectors' thresholds for this workspace; bad numbers are refused with the reason. */
final class ThresholdsDialog {

    private record Row(String label, String help, Function<StruggleSettings, Object> value) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("Rage clicks: clicks", "on the same element", StruggleSettings::rageClicks),
            new Row("… within (ms)", "from the first click", StruggleSettings::rageWindowMs),
            new Row("… within (px)", "of the first click, where coordinates exist", StruggleSettings::rageDistancePx),
            new Row("Undo loop: undo/redo events", "in a feature session", StruggleSettings::undoCount),
            new Row("… within (ms)", "", StruggleSettings::undoWindowMs),
            new Row("Context without sessions (min)", "events this close to a feature event count", StruggleSettings::contextMinutes),
            new Row("Workaround: days with legacy events", "after launch", StruggleSettings::workaroundDays),
            new Row("Ticket similarity (0–1)", "empty: the model's default", StruggleSettings::ticketSimilarity),
            new Row("Struggling from abandoned attempts", "one alone is \"abandoned\"; any other signal but a workaround counts at once",
                    StruggleSettings::abandonedAttempts),
            new Row("Cluster: at least people", "struggling people in it", StruggleSettings::minClusterPeople),
            new Row("Cluster: false discovery rate", "Benjamini–Hochberg level", StruggleSettings::falseDiscoveryRate),
            new Row("Rage clicks: ignore targets", "where repeated clicks are normal (zoom*, page_next, plus); comma separated,"
                    + " * for any text; adds to each feature's rageClickIgnore", s -> String.join(", ", s.rageClickIgnore())));
    /** The one row that holds text, not a number. */
    private static final int IGNORE_ROW = 11;

    private ThresholdsDialog() {
    }

    static Optional<StruggleSettings> edit(Window owner, StruggleSettings current) {
        Dialog<StruggleSettings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Struggle thresholds");
        dialog.setHeaderText("Thresholds for this workspace (defaults: 3 clicks in 1,000 ms within 30 px; 4 undo/redo in 60 s)");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        List<TextField> fields = new ArrayList<>();
        for (int i = 0; i < ROWS.size(); i++) {
            Row row = ROWS.get(i);
            Object value = row.value().apply(current);
            TextField field = new TextField(value == null ? "" : String.valueOf(value));
            field.setPrefColumnCount(i == IGNORE_ROW ? 16 : 8);
            fields.add(field);
            Label help = new Label(row.help());
            help.getStyleClass().add("muted");
            grid.addRow(i, new Label(row.label()), field, help);
        }
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        grid.add(problem, 0, ROWS.size(), 3, 1);
        ButtonType defaults = new ButtonType("Restore defaults", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(defaults, ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(defaults).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            for (int i = 0; i < ROWS.size(); i++) {
                Object value = ROWS.get(i).value().apply(StruggleSettings.DEFAULTS);
                fields.get(i).setText(value == null ? "" : String.valueOf(value));
            }
        });
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                parse(fields);
            } catch (IllegalArgumentException bad) {
                problem.setText(bad.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? parse(fields) : null);
        return dialog.showAndWait();
    }

    static StruggleSettings parse(List<TextField> f) {
        String similarity = f.get(7).getText().trim();
        return new StruggleSettings((int) number(f, 0), (long) number(f, 1), number(f, 2), (int) number(f, 3), (long) number(f, 4),
                (int) number(f, 5), (int) number(f, 6), similarity.isEmpty() ? null : number(f, 7), (int) number(f, 8),
                (int) number(f, 9), number(f, 10), StruggleSettings.targets(f.get(IGNORE_ROW).getText()));
    }

    /** The field's number, or a message naming the field that is not one (whole numbers where a count is meant). */
    private static double number(List<TextField> f, int i) {
        String text = f.get(i).getText().trim().replace(",", "");
        try {
            double v = Double.parseDouble(text);
            boolean whole = i != 2 && i != 7 && i != 10;
            if (whole && v != Math.rint(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not " + (i == 2 || i == 7 || i == 10 ? "a number" : "a whole number")
                    + ": " + ROWS.get(i).label() + ".");
        }
    }
}
