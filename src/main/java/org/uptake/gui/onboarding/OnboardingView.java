package org.uptake.gui.onboarding;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.ShownAware;
import org.uptake.gui.common.Styles;
import org.uptake.gui.outreach.ReviewPane;

/**
 * The Onboarding screen: a tooltip, a walkthrough, a what's-new note and platform tips written from
 * the launch brief and the struggle clusters, reviewed in the same queue as outreach, exported as
 * JSON once approved.
 */
public final class OnboardingView extends VBox implements ShownAware {

    public static final String WRITE_ID = "generateOnboarding";
    public static final String EXPORT_ID = "exportOnboarding";
    public static final String MESSAGE_ID = "onboardingMessage";

    private final OnboardingViewModel viewModel;

    public OnboardingView(OnboardingViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        setPadding(new Insets(20));
        Label title = new Label("Onboarding");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(viewModel.writingProperty());
        Button generate = new Button("Write from the brief");
        generate.setId(WRITE_ID);
        generate.getStyleClass().add(Styles.PRIMARY);
        generate.setOnAction(e -> viewModel.writeFromBrief());
        generate.disableProperty().bind(viewModel.unavailableProperty().isNotEmpty().or(viewModel.writingProperty()));
        Button export = new Button("Export approved as JSON…");
        export.setId(EXPORT_ID);
        export.setOnAction(e -> viewModel.exportApproved());
        export.disableProperty().bind(viewModel.unavailableProperty().isNotEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, title, busy, gap, generate, export);
        header.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.textProperty().bind(viewModel.unavailableProperty());
        message.getStyleClass().add(Styles.MUTED);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        Label note = new Label("Written from the feature's launch brief and its struggle clusters. Only approved pieces are exported;"
                + " every number in them must come from the brief.");
        note.getStyleClass().add(Styles.MUTED);
        note.setWrapText(true);
        ReviewPane pane = new ReviewPane(viewModel.review());
        VBox.setVgrow(pane, Priority.ALWAYS);
        getChildren().setAll(header, message, note, pane);
        viewModel.shown();
    }

    @Override
    public void onShown() {
        viewModel.shown();
    }
}
