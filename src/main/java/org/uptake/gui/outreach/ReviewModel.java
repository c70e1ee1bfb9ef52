package org.uptake.gui.outreach;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.value.ObservableValue;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.PeopleNames;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.model.FeatureRef;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.outreach.AuditEntry;
import org.uptake.outreach.EditChecks;
import org.uptake.outreach.Outreach;

/**
 * A review queue's state (outreach messages or onboarding content of the header's feature): the
 * messages shown, the status filter, and the decisions — each run in the background and followed by
 * a reload, so the list always shows what the workspace holds.
 */
public final class ReviewModel {

    private final Outreach outreach;
    private final String kind;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final ObservableValue<FeatureRef> feature;
    private final ObservableList<Message> messages = FXCollections.observableArrayList();
    private final ObjectProperty<MessageStatus> status = new SimpleObjectProperty<>(MessageStatus.DRAFT);
    private final javafx.beans.property.IntegerProperty loads = new javafx.beans.property.SimpleIntegerProperty();

    private final PeopleNames.Reader contacts;
    /** The recipients' emails and account names, read with the messages. */
    private PeopleNames names = PeopleNames.NONE;

    /** A queue of content with no recipient (onboarding): nobody's name to read. */
    public ReviewModel(Outreach outreach, String kind, TaskExecutor executor, Notifier notifier, ObservableValue<FeatureRef> feature) {
        this(outreach, kind, ids -> java.util.Map.of(), executor, notifier, feature);
    }

    /** @param contacts reads the emails and account names the queue shows its recipients by */
    public ReviewModel(Outreach outreach, String kind, PeopleNames.Reader contacts, TaskExecutor executor, Notifier notifier,
            ObservableValue<FeatureRef> feature) {
        this.outreach = outreach;
        this.contacts = contacts;
        this.kind = kind;
        this.executor = executor;
        this.notifier = notifier;
        this.feature = feature;
        feature.addListener((obs, old, now) -> reload());
        status.addListener((obs, old, now) -> reload());
    }

    public void reload() {
        FeatureRef f = feature.getValue();
        if (f == null) {
            messages.clear();
            loads.set(loads.get() + 1);
            return;
        }
        MessageStatus s = status.get();
        executor.submit(BackgroundJob.of("Reading the review queue", p -> {
                    List<Message> found = outreach.review().queue(f.key(), kind, s);
                    java.util.Set<String> recipients = new java.util.HashSet<>();
                    found.stream().map(Message::userId).filter(java.util.Objects::nonNull).forEach(recipients::add);
                    return java.util.Map.entry(found, PeopleNames.read(contacts, recipients));
                })
                .onSuccess(read -> {
                    names = read.getValue();
                    messages.setAll(read.getKey());
                    loads.set(loads.get() + 1);
                })
                .onFailure(e -> notifier.problem("Could not read the review queue", e)));
    }

    /** Runs a decision in the background; on success reloads and hands the result on, on refusal says why. */
    private <T> void decide(String title, BackgroundJob.Work<T> work, Consumer<T> then) {
        executor.submit(BackgroundJob.of(title, work).onSuccess(result -> {
            reload();
            then.accept(result);
        }).onFailure(e -> {
            reload();
            notifier.problem(title + ": not done", e);
        }));
    }

    public void edit(long id, String subject, String body, Consumer<Message> then) {
        decide("Saving the edit", p -> outreach.review().edit(id, subject, body, actor()), then);
    }

    public void approve(long id, Consumer<Message> then) {
        decide("Approving message " + id, p -> outreach.review().approve(id, actor()), then);
    }

    public void reject(long id, String reason, Consumer<Message> then) {
        decide("Rejecting message " + id, p -> outreach.review().reject(id, reason, actor()), then);
    }

    /** Approves the chosen drafts that pass their checks; the rest stay drafts, and the consumer learns why. */
    public void approveAll(List<Long> ids, Consumer<List<String>> then) {
        decide("Approving " + ids.size() + " drafts", p -> outreach.review().approveAll(ids, actor()), then);
    }

    /** Reads the checks an edit of message {@code id} must pass, so they can run as the analyst types. */
    public void checks(long id, Consumer<EditChecks> use) {
        executor.submit(BackgroundJob.of("Reading the draft checks", p -> outreach.review().checks(id)).onSuccess(use::accept)
                .onFailure(e -> notifier.problem("Could not read the draft checks", e)));
    }

    public void audit(long id, Consumer<List<AuditEntry>> show) {
        executor.submit(BackgroundJob.of("Reading the audit trail", p -> outreach.review().audit(id)).onSuccess(show::accept)
                .onFailure(e -> notifier.problem("Could not read the audit trail", e)));
    }

    /** Who decides: the person logged in to this computer, named in every audit entry. */
    public static String actor() {
        return System.getProperty("user.name", "analyst");
    }

    /** Counts finished reloads, so a view redraws even when the list came back unchanged (e.g. empty again). */
    public javafx.beans.property.ReadOnlyIntegerProperty loadsProperty() {
        return loads;
    }

    /** Who a message goes to, short enough for the queue's list: their email, else their id; null for content with no recipient. */
    public String who(Message m) {
        return m.userId() == null ? null : names.who(m.userId());
    }

    /** How a message's recipient reads in full: their email and account, their id in brackets; null for content with no recipient. */
    public String recipient(Message m) {
        if (m.userId() == null) {
            return null;
        }
        String who = names.who(m.userId());
        String account = names.account(m.userId(), null);
        return who + (account == null ? "" : " · " + account) + (who.equals(m.userId()) ? "" : " (" + m.userId() + ")");
    }

    public ObservableList<Message> messages() {
        return messages;
    }

    public ObjectProperty<MessageStatus> statusProperty() {
        return status;
    }

    public FeatureRef feature() {
        return feature.getValue();
    }
}
