package org.uptake.gui.outreach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.LazyTab;
import org.uptake.gui.common.NamedColumn;
import org.uptake.gui.common.Periods;
import org.uptake.gui.common.Placeholders;
import org.uptake.gui.common.ShownAware;
import org.uptake.gui.common.Styles;
import org.uptake.gui.common.Tiles;
import org.uptake.model.Channel;
import org.uptake.outreach.Audience;
import org.uptake.outreach.CampaignConversion;
import org.uptake.outreach.OutreachPlan;
import org.uptake.outreach.PlannedContact;

/**
 * The Outreach screen: the plan (how many routed where, capped, opted out, held out), the audiences
 * with why each person is in them, the review queue, and the campaigns' conversion against their
 * control groups. Export and send take approved messages only.
 */
public final class OutreachView extends VBox implements ShownAware {

    public static final String AUDIENCE_TABLE_ID = "audienceTable";
    public static final String CONVERSION_TABLE_ID = "conversionTable";

    private final OutreachViewModel viewModel;
    private final FlowPane tiles = new FlowPane(12, 12);
    private final TableView<PlannedContact> audience = new TableView<>();
    private final ComboBox<Object> audienceFilter = new ComboBox<>();
    private final TableView<CampaignConversion> conversion = new TableView<>();
    private final FilteredList<PlannedContact> contacts = new FilteredList<>(FXCollections.observableArrayList());
    private final ReviewPane review;
    private final Label audienceHint = new Label(AUDIENCE_HINT + " since launch), and what the policy decided.");
    private static final String AUDIENCE_HINT = "Everyone the feature's outreach would reach, why they are in their audience"
            + " (their signals and use counted";

    public OutreachView(OutreachViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        this.review = new ReviewPane(viewModel.review());
        setPadding(new Insets(20));
        tiles.setId("outreachTiles");
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add(Styles.MUTED);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        configureAudience();
        configureConversion();
        Placeholders.loading(audience, viewModel.busyProperty(), "Nobody to reach about this feature: everyone adopted it, or nobody is in an audience.");
        Label note = new Label("Nothing leaves the workspace unless an analyst approved it. Held-out people are never contacted:"
                + " they are the control group conversion is measured against.");
        note.getStyleClass().add(Styles.MUTED);
        note.setWrapText(true);
        TabPane tabs = new TabPane(LazyTab.of("Review queue", review), LazyTab.of("Audiences", audiencePane()),
                LazyTab.of("Conversion", conversionPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().setAll(header(), message, tiles, note, tabs);
        viewModel.planProperty().addListener((obs, old, plan) -> show(plan));
        viewModel.conversion().addListener((javafx.collections.ListChangeListener<CampaignConversion>) c ->
                conversion.getItems().setAll(viewModel.conversion()));
        viewModel.refresh();
    }

    @Override
    public void onShown() {
        viewModel.refresh();
    }

    private HBox header() {
        Label title = new Label("Outreach");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Button draft = new Button("Write drafts");
        draft.setId("writeDrafts");
        draft.getStyleClass().add(Styles.PRIMARY);
        draft.setOnAction(e -> viewModel.writeDrafts());
        MenuButton export = new MenuButton("Export approved");
        export.setId("exportApproved");
        export.getItems().setAll(
                item("Email as CSV (for an email platform)…", () -> viewModel.export(OutreachViewModel.Export.EMAIL_CSV)),
                item("Email as .eml files…", () -> viewModel.export(OutreachViewModel.Export.EML)),
                item("In-app messages as JSON…", () -> viewModel.export(OutreachViewModel.Export.IN_APP_JSON)),
                item("CSM tasks as CSV…", () -> viewModel.export(OutreachViewModel.Export.CSM_CSV)));
        Button send = new Button("Send approved email…");
        send.setOnAction(e -> confirmSend());
        Button settings = new Button("Settings…");
        settings.setOnAction(e -> editSettings());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> viewModel.refresh());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, title, busy, gap, draft, export, send, settings, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void show(OutreachPlan plan) {
        if (plan == null) {
            tiles.getChildren().clear();
            contacts.getSource().clear();
            return;
        }
        Map<Channel, Integer> routed = plan.byChannel();
        Map<PlannedContact.Outcome, Integer> outcomes = plan.byOutcome();
        tiles.getChildren().setAll(
                tile("in-app", routed.getOrDefault(Channel.IN_APP, 0), "in-app", "active in the last " + plan.settings().inAppActiveDays() + " days"),
                tile("email", routed.getOrDefault(Channel.EMAIL, 0), "email", "dormant people"),
                tile("csm", routed.getOrDefault(Channel.CSM_TASK, 0), "CSM tasks", "high-value accounts"),
                tile("capped", outcomes.get(PlannedContact.Outcome.CAPPED), "capped",
                        "contacted within " + plan.settings().capDays() + " days, or queued elsewhere"),
                tile("opted-out", outcomes.get(PlannedContact.Outcome.OPTED_OUT), "opted out", "never contacted"),
                tile("held-out", outcomes.get(PlannedContact.Outcome.HELD_OUT), "held out",
                        String.format("the %.0f%% control group", 100 * plan.settings().holdoutShare())));
        ((javafx.collections.ObservableList<PlannedContact>) contacts.getSource()).setAll(plan.contacts());
        audienceHint.setText(AUDIENCE_HINT + " " + Periods.between(plan.feature().launchedAt(),
                plan.asOf().atOffset(java.time.ZoneOffset.UTC).toLocalDate()) + "), and what the policy decided.");
        Object chosen = audienceFilter.getValue();
        List<Object> choices = new java.util.ArrayList<>();
        choices.add("Every audience");
        for (Audience a : Audience.values()) {
            choices.add(new AudienceChoice(a, plan.in(a).size()));
        }
        audienceFilter.getItems().setAll(choices);
        audienceFilter.setValue(chosen == null ? choices.get(0) : choices.stream().filter(c -> c.toString().equals(chosen.toString())
                || c instanceof AudienceChoice ac && chosen instanceof AudienceChoice old && ac.audience() == old.audience())
                .findFirst().orElse(choices.get(0)));
    }

    /** An audience and its size, as the filter lists it. */
    private record AudienceChoice(Audience audience, int people) {
        @Override
        public String toString() {
            return audience.label() + " (" + String.format("%,d", people) + ")";
        }
    }

    private static VBox tile(String id, int value, String label, String detail) {
        VBox tile = Tiles.tile(id, String.format("%,d", value), label, detail, null, 150);
        tile.getStyleClass().add("compact");
        return tile;
    }

    private VBox audiencePane() {
        audienceFilter.setId("audienceFilter");
        audienceFilter.valueProperty().addListener((obs, old, now) -> contacts.setPredicate(c ->
                !(now instanceof AudienceChoice a) || c.audience() == a.audience()));
        audienceHint.getStyleClass().add(Styles.MUTED);
        audienceHint.setWrapText(true);
        VBox.setVgrow(audience, Priority.ALWAYS);
        HBox.setHgrow(audienceHint, Priority.ALWAYS);
        VBox pane = new VBox(8, new HBox(10, audienceFilter, audienceHint), audience);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private void configureAudience() {
        audience.setId(AUDIENCE_TABLE_ID);
        audience.setItems(contacts);
        audience.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        audience.getColumns().setAll(List.of(
                NamedColumn.of("Person", c -> c.email() == null || c.email().isBlank() ? c.person().userId() : c.email(),
                        c -> c.person().userId()),
                NamedColumn.of("Account", c -> c.accountName() == null || c.accountName().isBlank() ? c.person().accountId() : c.accountName(),
                        c -> c.person().accountId()),
                column("Audience", c -> c.audience().label()),
                column("Why", PlannedContact::why), column("Outcome", c -> c.outcome().label()),
                column("Channel", c -> c.channel() == null ? "" : c.channel().label()), column("Because", PlannedContact::note)));
    }

    private VBox conversionPane() {
        Label hint = new Label("Adoption after each campaign since launch: contacted people against their held-out control,"
                + " counted once the data covers the window after the send. The interval is 95% (Newcombe); one that excludes 0"
                + " means the campaign moved adoption beyond chance.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        VBox.setVgrow(conversion, Priority.ALWAYS);
        VBox pane = new VBox(8, hint, conversion);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private void configureConversion() {
        conversion.setId(CONVERSION_TABLE_ID);
        conversion.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        conversion.setPlaceholder(new Label("No campaign was sent since the feature's launch."));
        conversion.getColumns().setAll(List.of(
                conv("Campaign", CampaignConversion::campaignId),
                conv("Sent (UTC)", c -> c.sentAt().toString().replace('T', ' ').replace("Z", "")),
                conv("Contacted, 48 h", c -> c.text48h(c.contacted())),
                conv("Control, 48 h", c -> c.text48h(c.control())),
                conv("Uplift, 48 h", c -> c.within48h().text()),
                conv("Uplift, 7 days", c -> c.within7d().text())));
    }

    private static TableColumn<PlannedContact, String> column(String title, Function<PlannedContact, String> value) {
        TableColumn<PlannedContact, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return c;
    }

    private static TableColumn<CampaignConversion, String> conv(String title, Function<CampaignConversion, String> value) {
        TableColumn<CampaignConversion, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return c;
    }

    private void confirmSend() {
        viewModel.readSettings(this::confirmSend);
    }

    private void confirmSend(Map<String, String> s) {
        if (s.get("outreach.smtp.host").isBlank()) {
            info("No SMTP server", "Set the SMTP server in Settings first; or export the approved email as CSV or .eml files.");
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Send every approved email of this feature through "
                + s.get("outreach.smtp.host") + "? Drafts and rejected messages are never sent.", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getScene().getWindow());
        confirm.setHeaderText("Send approved email");
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.sendApproved());
    }

    private void editSettings() {
        viewModel.readSettings(this::editSettings);
    }

    private void editSettings(Map<String, String> current) {
        Dialog<Map<String, String>> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Outreach settings");
        dialog.setHeaderText("The outreach policy for every feature of this workspace");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        Map<String, TextField> fields = new LinkedHashMap<>();
        int row = 0;
        for (Map.Entry<String, String> e : current.entrySet()) {
            TextField field = e.getKey().endsWith("password") || e.getKey().endsWith("apiKey")
                    ? new javafx.scene.control.PasswordField() : new TextField();
            field.setText(e.getValue());
            field.setPrefColumnCount(22);
            fields.put(e.getKey(), field);
            grid.addRow(row++, new Label(e.getKey().replace("outreach.", "")), field);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            Map<String, String> changed = new LinkedHashMap<>();
            fields.forEach((k, f) -> {
                if (!f.getText().equals(current.get(k))) {
                    changed.put(k, f.getText().trim());
                }
            });
            return changed;
        });
        dialog.showAndWait().filter(changed -> !changed.isEmpty()).ifPresent(viewModel::saveSettings);
    }

    private void info(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(getScene().getWindow());
        alert.setHeaderText(header);
        alert.show();
    }
}
