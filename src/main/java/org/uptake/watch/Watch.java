package org.uptake.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.uptake.model.Progress;
import org.uptake.workspace.StrugglingSetStore;
import org.uptake.workspace.WorkspaceSettings;

/**
 * Keeps watch over one workspace: takes new inbox files, then runs the alert rules on the data as of
 * its last event day, records what they found, and writes the digest. The app runs it on a timer,
 * {@code uptake watch} once or every so often.
 */
public final class Watch {

    /** The data day of the last digest written, for {@code --since last}. */
    static final String LAST_DIGEST = "watch.lastDigest";
    /** The data day the rules last ran on (by a refresh, {@code uptake watch} or an opening's catch-up). */
    static final String LAST_EVALUATED = "watch.lastEvaluated";

    private final WorkspaceSettings settings;
    private final Inbox inbox;
    private final AlertRules rules;
    private final AlertBook book;
    private final DigestWriter digests;
    private final String workspaceName;
    private final DigestMail mail;

    public Watch(String workspaceName, WorkspaceSettings settings, Inbox inbox, AlertRules rules, AlertBook book, DigestWriter digests,
            DigestMail mail) {
        this.workspaceName = workspaceName;
        this.mail = mail;
        this.settings = settings;
        this.inbox = inbox;
        this.rules = rules;
        this.book = book;
        this.digests = digests;
    }

    public WatchSettings settings() {
        return WatchSettings.of(settings);
    }

    public void saveSettings(WatchSettings changed) {
        changed.save(settings);
    }

    public AlertBook alerts() {
        return book;
    }

    /** A first look at the inbox: files found now are taken at the next refresh if they have not changed. */
    public void look() throws IOException {
        inbox.look();
    }

    /**
     * Takes the inbox files that are ready, and runs the rules when any was imported (or always, when
     * asked: the first refresh of a run, or {@code --once}).
     */
    public WatchRun refresh(boolean evaluateAnyway, Progress progress) throws IOException {
        return refresh(evaluateAnyway, false, progress);
    }

    /**
     * The one refresh of a process ({@code uptake watch --once}): the inbox's files, then the rules whatever was
     * imported. Nothing imports after it, so the importer lets go of its index of the workspace before the rules run.
     */
    public WatchRun refreshOnce(Progress progress) throws IOException {
        return refresh(true, true, progress);
    }

    private WatchRun refresh(boolean evaluateAnyway, boolean once, Progress progress) throws IOException {
        List<InboxFile> taken = inbox.take(inbox.look(), progress);
        boolean imported = taken.stream().anyMatch(InboxFile::imported);
        if (once) {
            inbox.importsEnded();
        }
        if (!imported && !evaluateAnyway) {
            return new WatchRun(taken, null, List.of(), book.openCount(), List.of());
        }
        WatchRun run = evaluate(progress);
        return new WatchRun(taken, run.asOf(), run.raised(), run.open(), run.digests(), run.mailed());
    }

    /** Runs the rules as of the data's last day, records their findings, and writes the digest since the previous one. */
    public WatchRun evaluate(Progress progress) throws IOException {
        WatchSettings s = settings();
        StrugglingSetStore.DataState state = rules.keptProactive().state();
        WatchedData data = rules.data(s);
        if (data == null) {
            return new WatchRun(List.of(), null, List.of(), book.openCount(), List.of());
        }
        List<Alert> raised = book.update(rules.evaluate(data, progress), data.asOf());
        LocalDate since = lastDigest();
        List<ProactiveFigure> proactive = Digest.proactive(data);
        rules.keptProactive().write(data.asOf(), s, state, proactive);
        Digest digest = new Digest(workspaceName, data.asOf(), since, since == null ? book.live() : book.since(since), proactive);
        List<Path> files = digests.write(digest, s.digestFormats());
        settings.put(LAST_DIGEST, data.asOf().toString());
        settings.put(LAST_EVALUATED, data.asOf().toString());
        return new WatchRun(List.of(), data.asOf(), raised, book.openCount(), files, mail(s.digestEmail(), digest));
    }

    /**
     * On opening a workspace: runs the rules once when its data reaches a day they have not run on
     * (never evaluated, or newer data since), so the alerts show what the data holds before anyone
     * checks the inbox. Records the alerts, not a digest (the next refresh's digest covers them); does
     * nothing when there are no events or the rules already ran on the data's last day.
     */
    public WatchRun catchUp(Progress progress) {
        WatchedData data = rules.data(settings());
        LocalDate ranOn = lastEvaluated();
        if (data == null || ranOn != null && !data.asOf().isAfter(ranOn)) {
            return new WatchRun(List.of(), null, List.of(), book.openCount(), List.of());
        }
        List<Alert> raised = book.update(rules.evaluate(data, progress), data.asOf());
        settings.put(LAST_EVALUATED, data.asOf().toString());
        return new WatchRun(List.of(), data.asOf(), raised, book.openCount(), List.of());
    }

    /** The data day the rules last ran on; a workspace watched before this was recorded ran them on its last digest's day. */
    private LocalDate lastEvaluated() {
        return settings.get(LAST_EVALUATED).map(LocalDate::parse).orElseGet(this::lastDigest);
    }

    /**
     * The digest as of the data's last day, covering alerts since {@code since} (null: the last digest's
     * day, or every live alert when there was none). Runs no rule and records nothing.
     */
    public Digest digest(LocalDate since) {
        WatchSettings s = settings();
        KeptProactiveFigures kept = rules.keptProactive();
        StrugglingSetStore.DataState state = kept.state();
        WatchedData data = rules.data(s);
        if (data == null) {
            throw new IllegalArgumentException("The workspace has no events yet: import some first.");
        }
        LocalDate from = since != null ? since : lastDigest();
        // The last refresh's figures when nothing changed since; otherwise computed (and kept for the next digest).
        List<ProactiveFigure> proactive = kept.read(data.asOf(), s, state).orElseGet(() -> {
            List<ProactiveFigure> computed = Digest.proactive(data);
            kept.write(data.asOf(), s, state, computed);
            return computed;
        });
        return new Digest(workspaceName, data.asOf(), from, from == null ? book.all() : book.since(from), proactive);
    }

    /** The data day the rules would run on now (the last event day), or null while there are no events. */
    public LocalDate dataDay() {
        WatchedData data = rules.data(settings());
        return data == null ? null : data.asOf();
    }

    public DigestWriter digestWriter() {
        return digests;
    }

    /**
     * Mails the digest to the analyst's own address when one is set. A refused mail loses nothing (the
     * files are written, the alerts recorded): the run says why it was not mailed.
     */
    private String mail(String to, Digest digest) {
        if (to == null || to.isBlank()) {
            return null;
        }
        try {
            mail.send(to.strip(), digest);
            return "mailed to " + to.strip();
        } catch (RuntimeException e) {
            return "not mailed: " + e.getMessage();
        }
    }

    private LocalDate lastDigest() {
        return settings.get(LAST_DIGEST).map(LocalDate::parse).orElse(null);
    }
}
