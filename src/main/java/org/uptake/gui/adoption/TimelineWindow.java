package org.uptake.gui.adoption;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.uptake.adoption.TimelineEvent;
import org.uptake.gui.common.SecondaryWindow;
import org.uptake.gui.common.Styles;

/** One person's events in time order; the feature's own events stand out. */
public final class TimelineWindow {

    public static final String TABLE_ID = "timelineTable";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private TimelineWindow() {
    }

    /** Time, event and target stay readable; the properties column takes what is left. */
    private static TableColumn<TimelineEvent, String> sized(TableColumn<TimelineEvent, String> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    public static Stage show(Window owner, String userId, List<TimelineEvent> events, Set<String> featureEvents) {
        return show(owner, userId, events, e -> featureEvents.contains(e.event()), "Highlighted: the feature's own events.", null);
    }

    /**
     * The timeline with the events {@code highlight} picks standing out, and an optional summary
     * (e.g. the person's struggle signals) above it.
     */
    public static Stage show(Window owner, String userId, List<TimelineEvent> events,
            java.util.function.Predicate<TimelineEvent> highlight, String hintText, javafx.scene.Node summary) {
        TableView<TimelineEvent> table = new TableView<>();
        table.setId(TABLE_ID);
        table.getItems().setAll(events);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(sized(column("Time (UTC)", e -> WHEN.format(e.at())), 175), sized(column("Event", TimelineEvent::event), 190),
                sized(column("Platform", TimelineEvent::platform), 75), sized(column("Target", TimelineEvent::target), 150),
                sized(column("Session", TimelineEvent::session), 110), column("Properties", TimelineEvent::properties));
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(TimelineEvent item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("feature-event");
                if (!empty && item != null && highlight.test(item)) {
                    getStyleClass().add("feature-event");
                }
            }
        });
        Label heading = new Label(userId + " — " + String.format("%,d events", events.size()));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label(hintText);
        hint.getStyleClass().add(Styles.MUTED);
        VBox root = summary == null ? new VBox(10, heading, hint, table) : new VBox(10, heading, summary, hint, table);
        root.setPadding(new Insets(14));
        VBox.setVgrow(table, Priority.ALWAYS);
        Stage stage = new Stage();
        root.getChildren().add(SecondaryWindow.closeBar(stage));
        stage.initOwner(owner);
        stage.setTitle("Timeline of " + userId);
        Scene scene = new Scene(root, 1000, 640);
        Styles.applyTo(scene.getStylesheets());
        stage.setScene(scene);
        SecondaryWindow.closeOnEscape(stage);
        stage.show();
        // Open where the story is: the first highlighted event, not months of ordinary use before it.
        for (int i = 0; i < events.size(); i++) {
            if (highlight.test(events.get(i))) {
                table.scrollTo(Math.max(0, i - 3));
                table.getSelectionModel().select(i);
                break;
            }
        }
        return stage;
    }

    private static TableColumn<TimelineEvent, String> column(String title, Function<TimelineEvent, String> value) {
        TableColumn<TimelineEvent, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return c;
    }
}
