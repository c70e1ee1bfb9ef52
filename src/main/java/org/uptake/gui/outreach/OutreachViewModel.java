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
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.LatestJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.model.FeatureRef;
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
    private final ObservableValue<FeatureRef> feature;
    private final LatestJob job;
    private final ReviewModel review;
    private final ReadOnlyObjectWrapper<OutreachPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CampaignConversion> conversion = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public OutreachViewModel(Outreach outreach, Delivery delivery, TaskExecutor executor, Notifier notifier,
            ObservableValue<FeatureRef> feature) {
        this.outreach = outreach;
        this.delivery = delivery;
        this.executor = executor;
        this.notifier = notifier;
        this.feature = feature;
        this.job = new LatestJob(executor);
        this.review = new ReviewModel(outreach, Outreach.KIND, executor, notifier, feature);
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

    public void writeDrafts(Consumer<Outreach.Drafted> then) {
        FeatureRef f = feature.getValue();
        if (f == null) {
            return;
        }
        executor.submit(BackgroundJob.of("Writing drafts for " + f.name(), p -> outreach.draft(f.key(), ReviewModel.actor(), p))
                .onSuccess(d -> {
                    refresh();
                    then.accept(d);
                }).onFailure(e -> notifier.problem("Could not write the drafts", e)));
    }

    /** The ways approved messages leave the workspace. */
    public enum Export { EMAIL_CSV, EML, IN_APP_JSON, CSM_CSV, SMTP }

    /** Delivers approved messages; {@code replace} only after the analyst agreed to replace what is at {@code where}. */
    public void deliver(Export how, Path where, boolean replace, Consumer<Delivery.Delivered> then) {
        FeatureRef f = feature.getValue();
        if (f == null) {
            return;
        }
        String actor = ReviewModel.actor();
        executor.submit(BackgroundJob.of("Delivering approved messages", p -> outreach.withOwnControl(f.key(), switch (how) {
            case EMAIL_CSV -> delivery.emailCsv(f.key(), where, replace, actor);
            case EML -> delivery.emlFiles(f.key(), where, replace, actor);
            case IN_APP_JSON -> delivery.inAppJson(f.key(), where, replace, actor);
            case CSM_CSV -> delivery.csmTasksCsv(f.key(), where, replace, actor);
            case SMTP -> delivery.sendSmtp(f.key(), null, actor);
        })).onSuccess(d -> {
            refresh();
            then.accept(d);
        }).onFailure(e -> notifier.problem("Delivery stopped", e)));
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
