package org.uptake.outreach;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.adoption.Participant;
import org.uptake.model.Channel;
import org.uptake.model.Feature;
import org.uptake.model.FeatureRef;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.model.Progress;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleReport;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDataException;
import org.uptake.workspace.WorkspaceSettings;

/**
 * Outreach for a feature (DESIGN §6): the plan (audiences, routing, cap, opt-outs, hold-out), drafts
 * written by templates or an optional model and checked, and the review queue where an analyst
 * edits, approves or rejects them, every decision audited. Nothing here sends anything; see
 * {@link Delivery}, which only takes approved messages.
 */
public final class Outreach {

    public static final String KIND = "outreach";

    private final Workspace workspace;
    private final AdoptionAnalysis adoption;
    private final StruggleAnalysis struggles;
    private final OutreachQueries queries;
    private final WorkspaceSettings settings;
    private final CopyGenerator override;

    public Outreach(Workspace workspace) {
        this(workspace, new StruggleAnalysis(workspace), null);
    }

    /** With a given struggle analysis (tests pass one with TF-IDF) and, optionally, a copy generator to use instead of the settings'. */
    public Outreach(Workspace workspace, StruggleAnalysis struggles, CopyGenerator generator) {
        this.workspace = workspace;
        this.adoption = new AdoptionAnalysis(workspace);
        this.struggles = struggles;
        this.queries = new OutreachQueries(workspace);
        this.settings = new WorkspaceSettings(workspace.dataSource());
        this.override = generator;
    }

    public OutreachSettings settings() {
        return OutreachSettings.of(settings);
    }

    /** Stores one outreach setting after checking the whole policy still makes sense. */
    public void set(String name, String value) {
        if (name.startsWith("outreach.priority.")) {
            Integer.parseInt(value.trim());
            settings.put(name, value.trim());
            return;
        }
        if (!OutreachSettings.NAMES.contains(name)) {
            throw new IllegalArgumentException("There is no outreach setting " + name + "; the settings are "
                    + String.join(", ", new java.util.TreeSet<>(OutreachSettings.NAMES)) + ".");
        }
        String old = settings.get(name).orElse(null);
        settings.put(name, value);
        try {
            settings();
        } catch (IllegalArgumentException e) {
            if (old == null) {
                settings.remove(name);
            } else {
                settings.put(name, old);
            }
            throw e;
        }
    }

    /** A feature's outreach priority (setting {@code outreach.priority.<key>}, default 0): the higher wins a person both want. */
    public int priority(String featureKey) {
        String value = settings.get("outreach.priority." + featureKey).orElse("0");
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The setting outreach.priority." + featureKey + " is '" + value + "', not a whole number.");
        }
    }

    public CopyGenerator generator() {
        if (override != null) {
            return override;
        }
        OutreachSettings s = settings();
        return s.llmUrl().isBlank() ? new TemplateCopy() : new LlmCopy(s.llmUrl(), s.llmModel(), s.llmApiKey());
    }

    public OutreachPlan plan(String featureKey, Progress progress) {
        FeatureParticipants all = adoption.participants(featureKey, null, null);
        StruggleReport report = struggles.analyze(featureKey, null, null, progress);
        return new OutreachPlanner(queries).plan(all, report, settings(), this::priority);
    }

    /** What drafting did: drafts written, people who already had one, drafts that fail a check and need an edit. */
    public record Drafted(int created, int alreadyQueued, int failingChecks, int heldOut, String generator) {
    }

    /**
     * Writes a draft for every routed person who has no message about the feature yet, and records
     * the held-out people as this feature's control group. Idempotent: running it again adds only newcomers.
     */
    public Drafted draft(String featureKey, String actor, Progress progress) {
        OutreachPlan plan = plan(featureKey, progress);
        Feature feature = plan.feature();
        String brief = brief(featureKey);
        CopyGenerator generator = generator();
        AdoptionSummary summary = adoption.summary(featureKey, null, null);
        Map<String, double[]> bySegment = new HashMap<>();
        summary.bySegment().forEach(b -> bySegment.put(b.value(), new double[] {b.adopters(), b.activePeople()}));
        Map<String, Integer> accountAdopters = accountAdopters(adoption.participants(featureKey, null, null));
        Set<Integer> queued = peopleWithMessages(featureKey);
        List<String> otherFeatures = otherFeatureNames(feature);
        boolean allowObserved = plan.settings().allowObserved();
        int created = 0;
        int already = 0;
        int failing = 0;
        int held = 0;
        try (Connection c = workspace.connection()) {
            c.setAutoCommit(false);
            int done = 0;
            for (PlannedContact contact : plan.contacts()) {
                if (++done % 50 == 0) {
                    progress.update(done, plan.contacts().size(), String.format("Writing drafts: %,d of %,d", done, plan.contacts().size()));
                    if (progress.isCancelled()) {
                        c.rollback();
                        throw new java.util.concurrent.CancellationException("Cancelled");
                    }
                }
                if (contact.outcome() == PlannedContact.Outcome.HELD_OUT) {
                    held += holdOut(c, featureKey, contact);
                    continue;
                }
                if (contact.outcome() != PlannedContact.Outcome.ROUTED) {
                    continue;
                }
                if (queued.contains(contact.person().personId())) {
                    already++;
                    continue;
                }
                supersedeOthers(c, featureKey, contact.person().personId(), actor);
                Map<String, String> facts = CopyFacts.of(feature, brief, contact, bySegment, accountAdopters, Tips.forCluster(contact.cluster(), contact.person().mainPlatform()));
                Draft draft = generator.write(contact.audience(), contact.channel(), facts);
                List<String> problems = DraftChecks.problems(contact.channel(), draft, facts, otherFeatures, allowObserved);
                if (!problems.isEmpty()) {
                    failing++;
                }
                queries.insertDraft(c, featureKey, KIND, contact.person().personId(), contact.audience().name(), contact.channel(),
                        draft.subject(), draft.body(), contact.why() + (contact.cluster() == null ? "" : " · cluster: " + contact.cluster())
                                + " · " + contact.note(), CopyFacts.serialize(facts), problems, actor + " (" + generator.name() + ")");
                created++;
            }
            c.commit();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot store the drafts", e);
        }
        return new Drafted(created, already, failing, held, generator.name());
    }

    /** A higher-priority feature takes a person: the other features' waiting messages to them are superseded, and say so. */
    private static void supersedeOthers(Connection c, String featureKey, int personId, String actor) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM message WHERE person_id = ? AND kind = 'outreach'"
                + " AND status IN ('DRAFT', 'APPROVED') AND feature_key <> ?")) {
            s.setInt(1, personId);
            s.setString(2, featureKey);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        for (long id : ids) {
            try (PreparedStatement s = c.prepareStatement("UPDATE message SET status = 'SUPERSEDED' WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            OutreachQueries.audit(c, id, actor, "superseded", "a message about " + featureKey + " (higher priority) takes its place");
        }
    }

    private static int holdOut(Connection c, String featureKey, PlannedContact contact) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO outreach_holdout (feature_key, person_id, audience, assigned_at)"
                + " KEY (feature_key, person_id) SELECT ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM outreach_holdout"
                + " WHERE feature_key = ? AND person_id = ?)")) {
            s.setString(1, featureKey);
            s.setInt(2, contact.person().personId());
            s.setString(3, contact.audience().name());
            s.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
            s.setString(5, featureKey);
            s.setInt(6, contact.person().personId());
            return s.executeUpdate();
        }
    }

    private Set<Integer> peopleWithMessages(String featureKey) {
        Set<Integer> people = new HashSet<>();
        for (Message m : queries.messages(featureKey, KIND, null)) {
            if (m.status() != MessageStatus.REJECTED && m.status() != MessageStatus.SUPERSEDED) {
                people.add(m.personId());
            }
        }
        return people;
    }

    private static Map<String, Integer> accountAdopters(FeatureParticipants all) {
        Map<String, Integer> counts = new HashMap<>();
        for (Participant p : all.active()) {
            if (p.adopted() && p.accountId() != null) {
                counts.merge(p.accountId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private List<String> otherFeatureNames(Feature feature) {
        List<String> names = new ArrayList<>();
        for (FeatureRef f : new FeatureQueries(workspace).list()) {
            if (!f.key().equals(feature.key()) && !feature.name().toLowerCase().contains(f.name().toLowerCase())) {
                names.add(f.name());
            }
        }
        return names;
    }

    String brief(String featureKey) {
        return new org.uptake.workspace.FeatureBriefs(workspace).brief(featureKey).orElse(null);
    }

    // ---- the review queue ----

    public List<Message> queue(String featureKey, MessageStatus status) {
        return queries.messages(featureKey, KIND, status);
    }

    /** The queue of one kind of content: "outreach" messages or "onboarding" content. */
    public List<Message> queue(String featureKey, String kind, MessageStatus status) {
        return queries.messages(featureKey, kind, status);
    }

    /**
     * Adds drafts that are not addressed to a person (onboarding content), with the facts their
     * checks use, in one transaction. Returns how many were added.
     */
    public int addContent(String featureKey, String kind, List<ContentDraft> drafts, String actor) {
        Feature feature = adoption.feature(featureKey);
        List<String> others = otherFeatureNames(feature);
        boolean allowObserved = settings().allowObserved();
        try (Connection c = workspace.connection()) {
            c.setAutoCommit(false);
            for (ContentDraft d : drafts) {
                List<String> problems = DraftChecks.problems(d.channel(), d.draft(), d.facts(), others, allowObserved);
                queries.insertDraft(c, featureKey, kind, null, d.audience(), d.channel(), d.draft().subject(), d.draft().body(),
                        d.reason(), CopyFacts.serialize(d.facts()), problems, actor);
            }
            c.commit();
            return drafts.size();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot store the drafts", e);
        }
    }

    /** A draft for no one in particular (onboarding content): for whom, where, its text, why, and the facts it may use. */
    public record ContentDraft(String audience, Channel channel, Draft draft, String reason, Map<String, String> facts) {
    }

    public Message message(long id) {
        return queries.message(id);
    }

    public List<AuditEntry> audit(long id) {
        return queries.audit(id);
    }

    /** Changes a draft's text; the checks run again and the change is audited (before and after). */
    public Message edit(long id, String subject, String body, String actor) {
        Message m = queries.message(id);
        if (m.status() != MessageStatus.DRAFT) {
            throw new ReviewRefused("Message " + id + " is " + m.status().name().toLowerCase() + "; only drafts can be edited.");
        }
        Feature feature = adoption.feature(m.featureKey());
        List<String> problems = DraftChecks.problems(m.channel(), new Draft(subject, body), CopyFacts.parse(queries.facts(id)),
                otherFeatureNames(feature), settings().allowObserved());
        update(id, "UPDATE message SET subject = ?, body = ?, problems = ? WHERE id = ? AND status = 'DRAFT'", actor, "edited",
                "before: " + m.subject() + " | " + m.body() + "\nafter: " + subject + " | " + body, subject, body, String.join("\n", problems));
        return queries.message(id);
    }

    /** Approves a draft that passes every check; refuses anything else with the reason. */
    public Message approve(long id, String actor) {
        Message m = queries.message(id);
        if (m.status() != MessageStatus.DRAFT) {
            throw new ReviewRefused("Message " + id + " is " + m.status().name().toLowerCase() + "; only drafts can be approved.");
        }
        if (!m.passesChecks()) {
            throw new ReviewRefused("Message " + id + " cannot be approved: " + String.join("; ", m.problems()) + ".");
        }
        update(id, "UPDATE message SET status = 'APPROVED', decided_by = ?, decided_at = ? WHERE id = ? AND status = 'DRAFT'",
                actor, "approved", null);
        return queries.message(id);
    }

    /** Approves each of the drafts that passes its checks (after the analyst confirmed the selection); returns those left as drafts, with why. */
    public List<String> approveAll(List<Long> ids, String actor) {
        List<String> left = new ArrayList<>();
        for (long id : ids) {
            try {
                approve(id, actor);
            } catch (IllegalStateException e) {
                left.add(e.getMessage());
            }
        }
        return left;
    }

    public Message reject(long id, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the message is rejected: the reason stays in its audit trail.");
        }
        Message m = queries.message(id);
        if (m.status() != MessageStatus.DRAFT && m.status() != MessageStatus.APPROVED) {
            throw new ReviewRefused("Message " + id + " is " + m.status().name().toLowerCase() + "; it cannot be rejected.");
        }
        update(id, "UPDATE message SET status = 'REJECTED', decided_by = ?, decided_at = ?, rejection_reason = ? WHERE id = ?"
                + " AND status IN ('DRAFT', 'APPROVED')", actor, "rejected", reason, reason);
        return queries.message(id);
    }

    private void update(long id, String sql, String actor, String action, String detail, Object... values) {
        try (Connection c = workspace.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                if (sql.contains("decided_by = ?")) {
                    s.setString(i++, actor);
                    s.setObject(i++, Instant.now().atOffset(ZoneOffset.UTC));
                    for (Object v : values) {
                        s.setObject(i++, v);
                    }
                } else {
                    for (Object v : values) {
                        s.setObject(i++, v);
                    }
                }
                s.setLong(i, id);
                if (s.executeUpdate() != 1) {
                    c.rollback();
                    throw new ReviewRefused("Message " + id + " changed meanwhile (another window?); look again.");
                }
            }
            OutreachQueries.audit(c, id, actor, action, detail);
            c.commit();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot update message " + id, e);
        }
    }

    /** Conversion of every campaign sent since the feature's launch: contacted against held out. */
    public List<CampaignConversion> conversion(String featureKey) {
        return new ConversionQueries(workspace).conversion(adoption.feature(featureKey));
    }
}
