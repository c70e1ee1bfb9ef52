package org.uptake.gui.onboarding;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.SaveTarget;
import org.uptake.gui.common.ShownAware;
import org.uptake.gui.common.Styles;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.gui.outreach.ReviewModel;
import org.uptake.gui.outreach.ReviewPane;
import org.uptake.model.FeatureRef;
import org.uptake.onboarding.Onboarding;

/**
 * The Onboarding screen: a tooltip, a walkthrough, a what's-new note and platform tips written from
 * the launch brief and the struggle clusters, reviewed in the same queue as outreach, exported as
 * JSON once approved.
 */
public final class OnboardingView extends VBox implements ShownAware {

    private final ReviewModel review;

    public OnboardingView(Onboarding onboarding, ReviewModel review, TaskExecutor executor, Notifier notifier,
            ObservableValue<FeatureRef> feature, SaveTarget saveTarget) {
        super(12);
        this.review = review;
        setPadding(new Insets(20));
        review.statusProperty().set(null);
        Label title = new Label("Onboarding");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Button generate = new Button("Write from the brief");
        generate.setId("generateOnboarding");
        generate.getStyleClass().add(Styles.PRIMARY);
        generate.setOnAction(e -> {
            FeatureRef f = feature.getValue();
            if (f != null) {
                executor.submit(BackgroundJob.of("Writing onboarding content for " + f.name(),
                        p -> onboarding.generate(f.key(), ReviewModel.actor(), p)).onSuccess(n -> {
                            review.reload();
                            info(n == 0 ? "Nothing new: every piece is already in the queue (reject one to have it written again)."
                                    : n + " drafts written from the brief; review them below.");
                        }).onFailure(x -> notifier.problem("Could not write the onboarding content", x)));
            }
        });
        Button export = new Button("Export approved as JSON…");
        export.setOnAction(e -> {
            FeatureRef f = feature.getValue();
            if (f == null) {
                return;
            }
            saveTarget.ask(getScene().getWindow(), "Export the approved onboarding content", f.key() + "-onboarding.json",
                    new FileChooser.ExtensionFilter("JSON", "*.json")).ifPresent(file ->
                    executor.submit(BackgroundJob.of("Exporting onboarding content", p -> onboarding.exportJson(f.key(), file,
                            ReviewModel.actor())).onSuccess(n -> info(n + " approved pieces written to " + file.path().getFileName() + "."))
                            .onFailure(x -> notifier.problem("Nothing was exported", x))));
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, title, gap, generate, export);
        header.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label("Written from the feature's launch brief and its struggle clusters. Only approved pieces are exported;"
                + " every number in them must come from the brief.");
        note.getStyleClass().add(Styles.MUTED);
        note.setWrapText(true);
        ReviewPane pane = new ReviewPane(review);
        VBox.setVgrow(pane, Priority.ALWAYS);
        getChildren().setAll(header, note, pane);
        review.reload();
    }

    @Override
    public void onShown() {
        review.reload();
    }

    private void info(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(getScene().getWindow());
        alert.setHeaderText("Onboarding");
        alert.show();
    }

}
