package org.uptake.gui.alerts;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.ShownAware;
import org.uptake.gui.common.Styles;
import org.uptake.watch.Alert;
import org.uptake.watch.DigestText;

/** The Alerts panel: what the watch found, since when and how sure; snooze, dismiss, or open the screen that explains it. */
public final class AlertsView extends VBox implements ShownAware {

    public static final String TABLE_ID = "alertsTable";

    private final AlertsViewModel viewModel;

    public AlertsView(AlertsViewModel viewModel) {
        this.viewModel = viewModel;
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label("Alerts");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label status = new Label();
        status.setId("alertsStatus");
        status.textProperty().bind(viewModel.statusProperty());

        TableView<Alert> table = new TableView<>(viewModel.alerts());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Status", 75, a -> a.status().label()));
        table.getColumns().add(column("Since", 95, a -> a.since().toString()));
        table.getColumns().add(column("Rule", 125, Alert::rule));
        table.getColumns().add(column("Feature", 190, a -> a.feature() == null ? "" : a.feature()));
        table.getColumns().add(column("What happened", 520, Alert::headline));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Alert alert, boolean empty) {
                super.updateItem(alert, empty);
                getStyleClass().remove(Styles.ALERT_OPEN);
                // A headline longer than its column is read whole on hover (and in the details below once picked).
                setTooltip(empty || alert == null ? null : new javafx.scene.control.Tooltip(alert.headline()));
                if (!empty && alert != null && alert.isOpen()) {
                    getStyleClass().add(Styles.ALERT_OPEN);
                }
            }
        });
        table.setPlaceholder(new Label("No alerts: nothing the rules watch for has happened in the data."));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextArea details = new TextArea();
        details.setId("alertDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(4);
        details.textProperty().bind(Bindings.createStringBinding(() -> {
            Alert a = table.getSelectionModel().getSelectedItem();
            return a == null ? "Pick an alert to see its figures." : a.headline() + "\n" + DigestText.status(a) + "\n" + DigestText.figures(a);
        }, table.getSelectionModel().selectedItemProperty()));

        Button check = new Button("Check inbox now");
        check.setId("checkInbox");
        check.getStyleClass().add(Styles.PRIMARY);
        check.setOnAction(e -> viewModel.checkNow());
        Button snooze = new Button("Snooze " + AlertsViewModel.SNOOZE_DAYS + " data days");
        snooze.setId("snoozeAlert");
        snooze.setOnAction(e -> viewModel.snooze(table.getSelectionModel().getSelectedItem()));
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismissAlert");
        dismiss.setOnAction(e -> viewModel.dismiss(table.getSelectionModel().getSelectedItem()));
        Button open = new Button("Open the screen that explains it");
        open.setId("openAlert");
        open.setOnAction(e -> viewModel.open(table.getSelectionModel().getSelectedItem()));
        for (Button b : new Button[] {snooze, dismiss, open}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        CheckBox all = new CheckBox("Show snoozed, dismissed and cleared");
        all.setId("showAllAlerts");
        all.selectedProperty().bindBidirectional(viewModel.showAllProperty());
        HBox actions = new HBox(8, check, snooze, dismiss, open, all);

        getChildren().addAll(title, status, actions, table, details);
        viewModel.reload();
    }

    @Override
    public void onShown() {
        viewModel.reload();
    }

    private static TableColumn<Alert, String> column(String title, double width, java.util.function.Function<Alert, String> value) {
        TableColumn<Alert, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
