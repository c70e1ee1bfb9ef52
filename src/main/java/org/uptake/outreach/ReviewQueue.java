package org.uptake.outreach;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.model.Channel;
import org.uptake.model.Feature;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.workspace.Transaction;
import org.uptake.workspace.Workspace;

/**
 * The review queue of outreach messages and onboarding content (DESIGN §6): drafts are edited (the
 * checks run again), approved only when they pass, or rejected with a reason; every decision is
 * audited with who, when and what changed.
 */
public final class ReviewQueue {

    private final Workspace workspace;
    private final OutreachQueries queries;
    private final AdoptionAnalysis adoption;
    private final Supplier<OutreachSettings> settings;
    private final Approvals approvals;
    private final ApprovalQueries standing;

    ReviewQueue(Workspace workspace, AdoptionAnalysis adoption, Supplier<OutreachSettings> settings) {
        this.workspace = workspace;
        this.queries = new OutreachQueries(workspace);
        this.approvals = new Approvals(workspace);
        this.standing = new ApprovalQueries(workspace);
        this.adoption = adoption;
        this.settings = settings;
    }

    public List<Message> queue(String featureKey, MessageStatus status) {
        return queue(featureKey, Outreach.KIND, status);
    }

    /**
     * The queue of one kind of content: "outreach" messages or "onboarding" content. Reading the
     * outreach queue first sends back to review every approval that no longer covers its message
     * (a re-import changed the address, the person opted out), so the queue never shows one as approved.
     */
    public List<Message> queue(String featureKey, String kind, MessageStatus status) {
        if (Outreach.KIND.equals(kind)) {
            approvals.voidStale(featureKey);
        }
        return queries.messages(featureKey, kind, status);
    }

    /**
     * The messages {@code ids}, refusing the lot (before anything changes) when one of them is not a
     * message of {@code kind} about {@code featureKey}.
     */
    public List<Message> ofFeature(String featureKey, String kind, List<Long> ids) {
        adoption.feature(featureKey);
        List<Message> found = new ArrayList<>();
        for (long id : ids) {
            Message m = queries.message(id);
            if (!m.featureKey().equals(featureKey) || !m.kind().equals(kind)) {
                throw new ReviewRefused("Message " + id + " is " + (m.kind().equals(kind) ? "" : m.kind() + " content ") + "about "
                        + m.featureKey() + ", not " + featureKey + "; nothing was changed.");
            }
            found.add(m);
        }
        return found;
    }

    /**
     * Adds drafts that are not addressed to a person (onboarding content), with the facts their
     * checks use, in one transaction. Returns how many were added.
     */
    public int addContent(String featureKey, String kind, List<ContentDraft> drafts, String actor) {
        Feature feature = adoption.feature(featureKey);
        List<String> others = OtherFeatures.names(workspace, feature);
        boolean allowObserved = settings.get().allowObserved();
        try (Transaction tx = Transaction.begin(workspace)) {
            for (ContentDraft d : drafts) {
                List<String> problems = DraftChecks.problems(d.channel(), d.draft(), d.facts(), others, allowObserved);
                MessageStore.addDraft(tx, featureKey, kind, null, d.audience(), d.channel(), d.draft().subject(), d.draft().body(),
                        d.reason(), CopyFacts.serialize(d.facts()), problems, actor, null);
            }
            tx.commit();
            return drafts.size();
        }
    }

    /**
     * Adds drafts addressed to people (an account's plays, as CSM tasks) to the outreach queue under the same rules as
     * the planner's: never for an opted-out person, nor one who already has a message about this feature waiting or was
     * contacted within the contact cap. The checks run on each draft, and approval stays the analyst's.
     */
    public PeopleDrafted addForPeople(String featureKey, List<PersonDraft> drafts, String actor) {
        Feature feature = adoption.feature(featureKey);
        List<String> others = OtherFeatures.names(workspace, feature);
        OutreachSettings rules = settings.get();
        Map<Integer, OutreachQueries.Reach> reach = queries.reach();
        Map<Integer, OutreachQueries.Contact> contacted = queries.contactsSince(queries.lastEvent()
                .minus(java.time.Duration.ofDays(rules.capDays())));
        java.util.Set<Integer> waiting = new java.util.HashSet<>();
        for (Message m : queries.messages(featureKey, Outreach.KIND, null)) {
            if (m.personId() != 0 && (m.status() == MessageStatus.DRAFT || m.status() == MessageStatus.APPROVED)) {
                waiting.add(m.personId());
            }
        }
        List<String> skipped = new java.util.ArrayList<>();
        int added = 0;
        try (Transaction tx = Transaction.begin(workspace)) {
            for (PersonDraft d : drafts) {
                OutreachQueries.Reach r = reach.get(d.personId());
                if (r != null && r.optedOut()) {
                    skipped.add(d.label() + ": opted out of messages");
                } else if (waiting.contains(d.personId())) {
                    skipped.add(d.label() + ": a message about this feature is already waiting for review");
                } else if (contacted.containsKey(d.personId())) {
                    skipped.add(d.label() + ": contacted " + contacted.get(d.personId()).at().atOffset(java.time.ZoneOffset.UTC)
                            .toLocalDate() + "; at most once in " + rules.capDays() + " days");
                } else {
                    List<String> problems = DraftChecks.problems(d.channel(), d.draft(), d.facts(), others, rules.allowObserved());
                    MessageStore.addDraft(tx, featureKey, Outreach.KIND, d.personId(), d.audience(), d.channel(), d.draft().subject(),
                            d.draft().body(), d.reason(), CopyFacts.serialize(d.facts()), problems, actor, null);
                    waiting.add(d.personId());
                    added++;
                }
            }
            tx.commit();
        }
        return new PeopleDrafted(added, skipped);
    }

    /** A draft for one person, with the facts its checks use; {@code label} names them in a skip reason. */
    public record PersonDraft(int personId, String label, String audience, Channel channel, Draft draft, String reason,
            Map<String, String> facts) {
    }

    /** How many drafts went into the queue, and why the others did not. */
    public record PeopleDrafted(int added, List<String> skipped) {
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

    /**
     * Changes a draft's text (a null subject or body keeps the one it has); the checks run again and
     * the change is audited, before and after. Editing an approved message voids its approval: it
     * goes back to review.
     */
    public Message edit(long id, String subject, String body, String actor) {
        Message m = queries.message(id);
        if (m.status() != MessageStatus.DRAFT && m.status() != MessageStatus.APPROVED) {
            throw new ReviewRefused("Message " + id + " is " + m.status().name().toLowerCase() + "; only drafts and approved"
                    + " messages can be edited.");
        }
        String newSubject = subject == null ? m.subject() : subject;
        String newBody = body == null ? m.body() : body;
        List<String> problems = checks(id).problems(newSubject, newBody);
        try (Transaction tx = Transaction.begin(workspace)) {
            if (m.status() == MessageStatus.APPROVED && !ApprovalQueries.voidApproval(tx, id, actor, "the draft was edited")
                    || !MessageStore.edit(tx, id, newSubject, newBody, problems, actor, "before: " + m.subject() + " | " + m.body()
                            + "\nafter: " + newSubject + " | " + newBody)) {
                tx.rollback();
                throw new ReviewRefused("Message " + id + " changed meanwhile (another window?); look again.");
            }
            tx.commit();
        }
        return queries.message(id);
    }

    /** The checks an edit of message {@code id} must pass, ready to run as the analyst types. */
    public EditChecks checks(long id) {
        Message m = queries.message(id);
        Feature feature = adoption.feature(m.featureKey());
        return new EditChecks(m.channel(), CopyFacts.parse(queries.facts(id)), OtherFeatures.names(workspace, feature),
                settings.get().allowObserved());
    }

    /**
     * Approves a draft that passes every check, for this recipient, address and consent only (what it
     * covers is stored and compared at export and send); refuses anything else with the reason.
     */
    public Message approve(long id, String actor) {
        Message m = queries.message(id);
        if (m.status() != MessageStatus.DRAFT) {
            throw new ReviewRefused("Message " + id + " is " + m.status().name().toLowerCase() + "; only drafts can be approved.");
        }
        if (!m.passesChecks()) {
            throw new ReviewRefused("Message " + id + " cannot be approved: " + String.join("; ", m.problems()) + ".");
        }
        ApprovalQueries.Standing now = standing.standing(id);
        if (m.personId() != 0) {
            if (now.userId() == null) {
                throw new ReviewRefused("Message " + id + " cannot be approved: its person is no longer in the workspace.");
            }
            if (now.optedOut()) {
                throw new ReviewRefused("Message " + id + " cannot be approved: " + now.userId() + " opted out; reject it.");
            }
            String address = m.channel() == Channel.EMAIL ? Recipient.problem(now.email()) : null;
            if (address != null) {
                throw new ReviewRefused("Message " + id + " cannot be approved: " + "for " + now.userId() + ", " + address + ".");
            }
        }
        String covers = m.personId() == 0 ? null : "for " + now.userId() + (now.email() == null ? "" : " <" + now.email() + ">")
                + " by " + m.channel().label();
        decide(id, tx -> MessageStore.approve(tx, id, actor, Instant.now(), now.email(), now.fingerprint(), covers));
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
            throw new IllegalArgumentException("Not rejected: a rejection needs a reason, which stays in the message's audit trail.");
        }
        Message m = queries.message(id);
        if (m.status() != MessageStatus.DRAFT && m.status() != MessageStatus.APPROVED) {
            throw new ReviewRefused("Message " + id + " is " + m.status().name().toLowerCase() + "; it cannot be rejected.");
        }
        decide(id, tx -> MessageStore.reject(tx, id, actor, Instant.now(), reason));
        return queries.message(id);
    }

    /** Runs one decision in its own transaction; refused when the message changed meanwhile. */
    private void decide(long id, java.util.function.Predicate<Transaction> decision) {
        try (Transaction tx = Transaction.begin(workspace)) {
            if (!decision.test(tx)) {
                tx.rollback();
                throw new ReviewRefused("Message " + id + " changed meanwhile (another window?); look again.");
            }
            tx.commit();
        }
    }
}
