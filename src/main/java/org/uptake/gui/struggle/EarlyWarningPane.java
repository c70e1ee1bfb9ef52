package org.uptake.gui.struggle;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.NamedColumn;
import org.uptake.gui.common.PeopleNames;
import org.uptake.gui.common.Styles;
import org.uptake.struggle.EarlyWarning;

/** The early-warning figure and, per ticket filer, the first struggle seen before their ticket. */
final class EarlyWarningPane extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private final Label title = new Label();
    private final TableView<EarlyWarning.Row> table = new TableView<>();
    private PeopleNames names = PeopleNames.NONE;

    EarlyWarningPane() {
        super(8);
        setPadding(new Insets(8, 0, 0, 0));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        table.setId(StrugglesView.EARLY_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                NamedColumn.of("Person", r -> names.who(r.userId()), EarlyWarning.Row::userId),
                NamedColumn.of("Account", r -> names.account(r.userId(), null), r -> names.accountId(r.userId())),
                column("Ticket", EarlyWarning.Row::ticketId),
                column("Filed (UTC)", r -> WHEN.format(r.ticketAt())),
                column("First struggle seen (UTC)", r -> r.firstSignalAt() == null ? "— not before the ticket" : WHEN.format(r.firstSignalAt())),
                column("Signal", r -> r.firstSignal() == null ? "" : r.firstSignal())));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(title, table);
    }

    /** Shows the figure and its ticket filers by {@code names}; {@code period} says which days it counts. */
    void show(EarlyWarning w, PeopleNames names, String period) {
        this.names = names;
        table.getItems().setAll(w == null ? List.of() : w.people());
        table.refresh();
        title.setText(w == null ? "" : w.ticketPeople() == 0 ? "Nobody filed a ticket about the feature " + period + "."
                : String.format("%d of %d people who filed a ticket about the feature %s struggled visibly before it (%.0f%%).",
                        w.detectedBefore(), w.ticketPeople(), period, 100 * w.share()));
    }

    private static TableColumn<EarlyWarning.Row, String> column(String title, Function<EarlyWarning.Row, String> value) {
        TableColumn<EarlyWarning.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return c;
    }
}
