package org.uptake.gui.outreach;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.FileChooser;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.ExportTarget;
import org.uptake.gui.common.Exports;
import org.uptake.gui.common.LatestJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.PeopleNames;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.model.FeatureRef;
import org.uptake.model.Figures;
import org.uptake.outreach.CampaignConversion;
import org.uptake.outreach.Delivery;
import org.uptake.outreach.Outreach;
import org.uptake.outreach.OutreachPlan;

/**
 * The Outreach screen's state: the plan of the header's feature (computed in the background,
 * latest request wins), the review queue, the campaigns' conversion, and the actions that write
 * drafts and deliver approved messages.
 */
public final class OutreachViewModel {

    private final Outreach outreach;
    private final Delivery delivery;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Exports exports;
    private final ObservableValue<FeatureRef> feature;
    private final LatestJob job;
    private final ReviewModel review;
    private final ReadOnlyObjectWrapper<OutreachPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CampaignConversion> conversion = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    /** @param contacts reads the emails and account names the review queue shows its recipients by */
    public OutreachViewModel(Outreach outreach, Delivery delivery, PeopleNames.Reader contacts, TaskExecutor executor, Notifier notifier,
            ObservableValue<FeatureRef> feature, ExportTarget exportTarget) {
        this.outreach = outreach;
        this.delivery = delivery;
        this.executor = executor;
        this.notifier = notifier;
        this.exports = new Exports(exportTarget, executor, notifier);
        this.feature = feature;
        this.job = new LatestJob(executor);
        this.review = new ReviewModel(outreach, Outreach.KIND, contacts, executor, notifier, feature);
        feature.addListener((obs, old, now) -> refresh());
    }

    /** Recomputes the plan and reloads the queue and the campaigns. */
    public void refresh() {
        FeatureRef f = feature.getValue();
        review.reload();
        if (f == null) {
            job.cancel();
            plan.set(null);
            conversion.clear();
            message.set("No feature to show: import a features.json that defines one.");
            return;
        }
        message.set(String.join(" ", outreach.secretsMoved()));
        job.submit("Planning outreach for " + f.name(), p -> outreach.plan(f.key(), p), plan::set, () -> { },
                e -> notifier.problem("Could not plan the outreach for " + f.name(), e));
        executor.submit(BackgroundJob.of("Measuring campaigns", p -> outreach.conversion(f.key())).onSuccess(conversion::setAll)
                .onFailure(e -> notifier.problem("Could not measure the campaigns", e)));
    }

    /** Writes drafts for the feature's audiences in the background; the person hears how many and why not more. */
    public void writeDrafts() {
        FeatureRef f = feature.getValue();
        if (f == null) {
            return;
        }
        executor.submit(BackgroundJob.of("Writing drafts for " + f.name(), p -> outreach.draft(f.key(), ReviewModel.actor(), p))
                .onSuccess(d -> {
                    refresh();
                    notifier.done("Drafts written", String.format(Figures.LOCALE, "%,d drafts written by %s; %,d fail a check and"
                            + " need an edit; %,d people already had one; %,d more held out as the control group.", d.created(),
                            d.generator(), d.failingChecks(), d.alreadyQueued(), d.heldOut()));
                }).onFailure(e -> notifier.problem("Could not write the drafts", e)));
    }

    /** The ways approved messages leave the workspace. */
    public enum Export {
        EMAIL_CSV("Email as CSV", "outreach-email.csv", Exports.CSV),
        EML("Email as .eml files", null, null),
        IN_APP_JSON("In-app messages as JSON", "outreach-in-app.json", Exports.JSON),
        CSM_CSV("CSM tasks as CSV", "outreach-csm-tasks.csv", Exports.CSV),
        SMTP("Email through SMTP", null, null);

        private final String label;
        private final String fileName;
        private final FileChooser.ExtensionFilter type;

        Export(String label, String fileName, FileChooser.ExtensionFilter type) {
            this.label = label;
            this.fileName = fileName;
            this.type = type;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Asks where, then writes the feature's approved messages of one kind there in the background (a
     * folder for .eml files); a new campaign starts only when something was approved for it.
     */
    public void export(Export how) {
        FeatureRef f = feature.getValue();
        if (f == null || how == Export.SMTP) {
            return;
        }
        if (how == Export.EML) {
            exports.target().folder("Folder for the .eml files").ifPresent(folder -> deliver(f, how, folder));
        } else {
            exports.target().file("Export approved messages: " + how.label, how.fileName, how.type)
                    .ifPresent(file -> deliver(f, how, file.path()));
        }
    }

    /** Sends the feature's approved email through the workspace's SMTP server (after the analyst confirmed it). */
    public void sendApproved() {
        FeatureRef f = feature.getValue();
        if (f != null) {
            deliver(f, Export.SMTP, null);
        }
    }

    /**
     * Delivers approved messages in the background. The analyst already agreed to replace what is at
     * {@code where} (the export target asked), so the delivery may replace it.
     */
    private void deliver(FeatureRef f, Export how, Path where) {
        String actor = ReviewModel.actor();
        executor.submit(BackgroundJob.of("Delivering approved messages", p -> outreach.withOwnControl(f.key(), switch (how) {
            case EMAIL_CSV -> delivery.emailCsv(f.key(), where, true, actor);
            case EML -> delivery.emlFiles(f.key(), where, true, actor);
            case IN_APP_JSON -> delivery.inAppJson(f.key(), where, true, actor);
            case CSM_CSV -> delivery.csmTasksCsv(f.key(), where, true, actor);
            case SMTP -> delivery.sendSmtp(f.key(), null, actor);
        })).onSuccess(d -> {
            refresh();
            notifier.done("Delivered", delivered(d));
        }).onFailure(e -> notifier.problem("Delivery stopped", e)));
    }

    /** What a delivery did, in the person's words. */
    static String delivered(Delivery.Delivered d) {
        return (d.messages() == 0 ? "No approved messages of that kind: nothing left the workspace."
                : String.format(Figures.LOCALE, "%,d approved messages delivered in campaign %s; %,d held-out people are its control group.",
                        d.messages(), d.campaignId(), d.controlPeople()))
                + (d.backToReview().isEmpty() ? "" : "\n\nBack to review, their approval no longer holds:\n"
                        + String.join("\n", d.backToReview()));
    }

    /** Reads the settings off the FX thread and hands them to {@code then} on it. */
    public void readSettings(Consumer<Map<String, String>> then) {
        executor.submit(BackgroundJob.of("Reading the outreach settings", p -> settings()).onSuccess(then::accept)
                .onFailure(e -> notifier.problem("Could not read the outreach settings", e)));
    }

    /**
     * Stores the changed settings off the FX thread and plans again; the first value that does not
     * make sense is refused with its reason, leaving that setting as it was.
     */
    public void saveSettings(Map<String, String> changed) {
        executor.submit(BackgroundJob.of("Saving the outreach settings", p -> {
            changed.forEach(outreach::set);
            return changed.size();
        }).onSuccess(n -> refresh()).onFailure(e -> notifier.problem("Not saved", e)));
    }

    /** Every outreach setting with its current value (stored or default), by name. */
    Map<String, String> settings() {
        return outreach.settingValues();
    }

    public ReviewModel review() {
        return review;
    }

    public ReadOnlyObjectProperty<OutreachPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<CampaignConversion> conversion() {
        return conversion;
    }

    public javafx.beans.property.BooleanProperty busyProperty() {
        return job.busyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }
}
