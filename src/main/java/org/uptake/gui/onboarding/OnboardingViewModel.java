package org.uptake.gui.onboarding;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.ExportTarget;
import org.uptake.gui.common.Exports;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.gui.outreach.ReviewModel;
import org.uptake.model.FeatureRef;
import org.uptake.onboarding.Onboarding;

/**
 * The Onboarding screen's state: the header's feature, its review queue (every status, since a piece
 * is written once and then decided), writing the pieces from the launch brief, and exporting the
 * approved ones as JSON — each in the background, the outcome told through the notifier.
 */
public final class OnboardingViewModel {

    static final String NO_FEATURE = "No feature to show: import a features.json that defines one.";

    private final Onboarding onboarding;
    private final ReviewModel review;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final ObservableValue<FeatureRef> feature;
    private final Exports exports;
    private final BooleanProperty writing = new SimpleBooleanProperty();
    private final StringBinding unavailable;

    public OnboardingViewModel(Onboarding onboarding, ReviewModel review, TaskExecutor executor, Notifier notifier,
            ObservableValue<FeatureRef> feature, ExportTarget exportTarget) {
        this.onboarding = onboarding;
        this.review = review;
        this.executor = executor;
        this.notifier = notifier;
        this.feature = feature;
        this.exports = new Exports(exportTarget, executor, notifier);
        this.unavailable = Bindings.createStringBinding(() -> feature.getValue() == null ? NO_FEATURE : "", feature);
        review.statusProperty().set(null);
    }

    /** Writes the feature's onboarding pieces from its brief and struggle clusters into the review queue. */
    public void writeFromBrief() {
        FeatureRef f = feature.getValue();
        if (f == null || writing.get()) {
            return;
        }
        writing.set(true);
        executor.submit(BackgroundJob.of("Writing onboarding content for " + f.name(),
                p -> onboarding.generate(f.key(), ReviewModel.actor(), p)).onSuccess(n -> {
                    writing.set(false);
                    review.reload();
                    notifier.done("Onboarding", written(n));
                }).onFailure(e -> {
                    writing.set(false);
                    notifier.problem("Could not write the onboarding content", e);
                }).onCancelled(() -> writing.set(false)));
    }

    static String written(int drafts) {
        return drafts == 0 ? "Nothing new: every piece is already in the queue (reject one to have it written again)."
                : drafts + (drafts == 1 ? " draft" : " drafts") + " written from the brief; review them below.";
    }

    /** Asks where, then writes the feature's approved pieces as JSON in the background; nothing unapproved leaves. */
    public void exportApproved() {
        FeatureRef f = feature.getValue();
        if (f == null) {
            return;
        }
        exports.write("Export the approved onboarding content", f.key() + "-onboarding.json",
                file -> onboarding.exportJson(f.key(), file, ReviewModel.actor()),
                (pieces, path) -> pieces + (pieces == 1 ? " approved piece" : " approved pieces") + " written to " + path + ".",
                Exports.JSON);
    }

    /** The screen is shown again: the queue may have changed elsewhere (the CLI, another window). */
    public void shown() {
        review.reload();
    }

    public ReviewModel review() {
        return review;
    }

    /** True while pieces are being written. */
    public BooleanProperty writingProperty() {
        return writing;
    }

    /** Why the screen's actions cannot work now (no feature), or empty when they can. */
    public StringBinding unavailableProperty() {
        return unavailable;
    }
}
