package org.uptake.outreach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Channel;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.Transaction;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDataException;

/**
 * Takes approved messages out of the workspace — only approved ones, only as approved, and only to
 * the one address they were approved for: email as CSV for an email platform or as .eml files,
 * in-app messages as JSON, CSM tasks as CSV, or email through a configured SMTP server. A file
 * delivery is all or nothing: it is written whole and recorded in one transaction, or neither.
 * Delivered messages become SENT, join a campaign (with the feature's held-out people as its
 * control), and are audited.
 */
public final class Delivery {

    /** What a delivery did, and the approvals it found void and sent back to review ("message 12 (u7): why"). */
    public record Delivered(String campaignId, int messages, int controlPeople, Path where, List<String> backToReview) {
        public Delivered {
            backToReview = List.copyOf(backToReview);
        }
    }

    /** Approved messages checked and ready, and the approvals found void on the way. */
    record Prepared(List<Outgoing> outgoing, List<String> backToReview) {
    }

    private static final DateTimeFormatter CAMPAIGN = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Workspace workspace;
    private final Secrets secrets;
    private final OutreachQueries queries;
    private final ApprovalQueries approvals;

    public Delivery(Workspace workspace, Secrets secrets) {
        this.workspace = workspace;
        this.secrets = secrets;
        this.queries = new OutreachQueries(workspace);
        this.approvals = new ApprovalQueries(workspace);
    }

    OutreachSettings settings() {
        return OutreachSettings.of(workspace.settings(), secrets);
    }

    /**
     * The approved outreach messages of a channel, checked for leaving: first every approval that no
     * longer covers its message goes back to review; when {@code ids} are given, exactly those, and
     * any of them not approved refuses the whole delivery. A message whose person is gone, opted out
     * or has not exactly one email address refuses the whole delivery too, by message and person.
     */
    Prepared prepare(String featureKey, Channel channel, List<Long> ids) {
        List<String> voided = new Approvals(workspace).voidStale(featureKey).stream()
                .map(v -> "message " + v.id() + (v.userId() == null ? "" : " (" + v.userId() + ")") + ": " + v.why()).toList();
        List<Message> chosen = chosen(featureKey, channel, ids, voided);
        Map<Integer, OutreachQueries.Reach> reach = queries.reach();
        Map<Long, String> approvedFor = new HashMap<>();
        approvals.approved(featureKey).forEach(s -> approvedFor.put(s.id(), s.approvedHash()));
        List<Outgoing> outgoing = new ArrayList<>();
        for (Message m : chosen) {
            OutreachQueries.Reach r = reach.get(m.personId());
            String problem = r == null ? "the person is no longer in the workspace"
                    : r.optedOut() ? "they opted out"
                    : m.channel() == Channel.EMAIL ? Recipient.problem(r.email()) : null;
            if (problem != null) {
                throw new NotApprovedException("Nothing was delivered: message " + m.id() + " for " + m.userId() + " cannot leave: "
                        + problem + ". Reject it (or correct the person and import again), then deliver the rest.");
            }
            outgoing.add(new Outgoing(m, r, approvedFor.get(m.id())));
        }
        return new Prepared(outgoing, voided);
    }

    private List<Message> chosen(String featureKey, Channel channel, List<Long> ids, List<String> voided) {
        if (ids == null || ids.isEmpty()) {
            return queries.messages(featureKey, Outreach.KIND, MessageStatus.APPROVED).stream().filter(m -> m.channel() == channel).toList();
        }
        List<Message> chosen = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (long id : ids) {
            Message m = queries.message(id);
            if (m.status() != MessageStatus.APPROVED || !m.featureKey().equals(featureKey) || m.channel() != channel) {
                refused.add(id + " (" + m.status().name().toLowerCase() + ", " + m.channel().label() + ")");
            } else {
                chosen.add(m);
            }
        }
        if (!refused.isEmpty()) {
            throw new NotApprovedException("Nothing was delivered: only approved " + channel.label() + " messages of this feature"
                    + " can leave the workspace, and these are not: " + String.join(", ", refused) + "."
                    + (voided.isEmpty() ? "" : " Sent back to review: " + String.join("; ", voided) + "."));
        }
        return chosen;
    }

    public Delivered emailCsv(String featureKey, Path file, boolean replace, String actor) {
        ExportFile export = ExportFile.to(file, workspace.folder(), replace);
        Prepared ready = prepare(featureKey, Channel.EMAIL, null);
        return deliverWhile(featureKey, ready, actor, "exported as email CSV to " + export.path().getFileName(), export.path(),
                () -> export.writeText(out -> DeliveryFormats.emailCsv(ready.outgoing(), out)), () -> { });
    }

    public Delivered inAppJson(String featureKey, Path file, boolean replace, String actor) {
        ExportFile export = ExportFile.to(file, workspace.folder(), replace);
        Prepared ready = prepare(featureKey, Channel.IN_APP, null);
        return deliverWhile(featureKey, ready, actor, "exported as in-app JSON to " + export.path().getFileName(), export.path(),
                () -> export.writeText(out -> DeliveryFormats.inAppJson(ready.outgoing(), out)), () -> { });
    }

    public Delivered csmTasksCsv(String featureKey, Path file, boolean replace, String actor) {
        ExportFile export = ExportFile.to(file, workspace.folder(), replace);
        Prepared ready = prepare(featureKey, Channel.CSM_TASK, null);
        return deliverWhile(featureKey, ready, actor, "exported as CSM tasks to " + export.path().getFileName(), export.path(),
                () -> export.writeText(out -> DeliveryFormats.csmTasksCsv(ready.outgoing(), out)), () -> { });
    }

    /**
     * One .eml file per approved email, all or none: written into a temporary folder beside
     * {@code folder}, then moved into place. A folder that already holds files is refused unless
     * {@code replace}; then the new files join it (same-named ones replaced) and nothing else in it is touched.
     */
    public Delivered emlFiles(String featureKey, Path folder, boolean replace, String actor) {
        EmlFolder eml = EmlFolder.to(folder, workspace.folder(), replace);
        Prepared ready = prepare(featureKey, Channel.EMAIL, null);
        String sender = settings().sender();
        try {
            eml.writeAll(ready.outgoing(), sender);
            return deliverWhile(featureKey, ready, actor, "exported as .eml to " + eml.target().getFileName(), eml.target(),
                    eml::moveIntoPlace, eml::undo);
        } finally {
            eml.cleanUp();
        }
    }

    /**
     * Sends the approved emails (all, or exactly {@code ids}) through the SMTP server in the
     * settings. Each email is recorded as sent the moment the server accepts it, so when the server
     * refuses one, the sending stops there, names it, and a second send delivers only the rest.
     */
    public Delivered sendSmtp(String featureKey, List<Long> ids, String actor) {
        OutreachSettings s = settings();
        if (s.smtpHost().isBlank()) {
            throw new IllegalStateException("No SMTP server is set: set outreach.smtp.host (and port, user, password) first.");
        }
        Prepared ready = prepare(featureKey, Channel.EMAIL, ids);
        if (ready.outgoing().isEmpty()) {
            return new Delivered(null, 0, 0, null, ready.backToReview());
        }
        Instant now = Instant.now();
        String campaign = campaignId(featureKey, now, Channel.EMAIL);
        String how = "sent via SMTP " + s.smtpHost();
        int[] control = {0};
        int sent = new SmtpSend(s).send(ready.outgoing(), o -> control[0] += record(featureKey, campaign, now, o, actor, how));
        return new Delivered(campaign, sent, control[0], null, ready.backToReview());
    }

    /** Records one email the server accepted, in its own transaction; the first of a campaign also records its control group. */
    private int record(String featureKey, String campaign, Instant at, Outgoing o, String actor, String how) {
        try (Transaction tx = Transaction.begin(workspace)) {
            // The server has it: it is sent whatever happened to its approval meanwhile.
            DeliveryQueries.sent(tx, campaign, at, o.message(), null, actor, how);
            int control = DeliveryQueries.control(tx, campaign, at, featureKey);
            tx.commit();
            return control;
        } catch (WorkspaceDataException e) {
            throw new WorkspaceDataException("Message " + o.message().id() + " for " + o.message().userId() + " was sent but could not"
                    + " be recorded; check the SMTP server's log before sending again", e.getCause() == null ? e : e.getCause());
        }
    }

    /** Something that writes a delivery's files (and can take them back). */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    /**
     * Records the messages as sent, runs {@code write} inside the same transaction and commits only
     * when both worked: a failed write records nothing, and a failed record takes the files back.
     */
    private Delivered deliverWhile(String featureKey, Prepared ready, String actor, String how, Path where, Write write, Runnable undo) {
        List<Outgoing> messages = ready.outgoing();
        if (messages.isEmpty()) {
            // Nothing approved for this channel: no file, no campaign.
            return new Delivered(null, 0, 0, null, ready.backToReview());
        }
        Instant now = Instant.now();
        String campaign = campaignId(featureKey, now, messages.get(0).message().channel());
        int control = 0;
        try (Transaction tx = Transaction.begin(workspace)) {
            for (Outgoing o : messages) {
                if (!DeliveryQueries.sent(tx, campaign, now, o.message(), o.approvedHash(), actor, how)) {
                    tx.rollback();
                    throw new NotApprovedException("Nothing was delivered: message " + o.message().id() + " for " + o.message().userId()
                            + " changed during the delivery (edited, or its person opted out); look again.");
                }
            }
            if (!messages.isEmpty()) {
                control = DeliveryQueries.control(tx, campaign, now, featureKey);
            }
            try {
                write.run();
            } catch (IOException e) {
                tx.rollback();
                throw new UncheckedIOException("Nothing was delivered: cannot write " + where + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                tx.rollback();
                throw e;
            }
            try {
                tx.commit();
            } catch (WorkspaceDataException e) {
                undo.run();
                throw e;
            }
        } catch (WorkspaceDataException e) {
            throw new WorkspaceDataException("Nothing was delivered: cannot record the delivery", e.getCause() == null ? e : e.getCause());
        }
        return new Delivered(campaign, messages.size(), control, where, ready.backToReview());
    }

    private static String campaignId(String featureKey, Instant now, Channel channel) {
        return "uptake-" + featureKey + "-" + CAMPAIGN.format(now) + "-" + channel.name().toLowerCase();
    }
}
