package org.uptake.outreach;

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
import org.uptake.model.Feature;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.model.Progress;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleReport;
import org.uptake.workspace.Transaction;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/**
 * Outreach for a feature (DESIGN §6): the plan (audiences, routing, cap, opt-outs, hold-out), drafts
 * written by templates or an optional model and checked, and conversion against the control. The
 * analyst's decisions live in {@link ReviewQueue}; nothing here sends anything — see {@link Delivery},
 * which only takes approved messages.
 */
public final class Outreach {

    public static final String KIND = "outreach";

    private final Workspace workspace;
    private final AdoptionAnalysis adoption;
    private final StruggleAnalysis struggles;
    private final OutreachQueries queries;
    private final WorkspaceSettings settings;
    private final CampaignConversions conversions;
    private final java.util.function.Function<OutreachSettings, CopyGenerator> generators;
    private final ReviewQueue review;
    private final Secrets secrets;
    private final List<String> secretsMoved;

    /**
     * Outreach on {@code workspace}'s people: drafts written by the generator {@code generators} picks for the
     * settings ({@link CopyGenerator#fromSettings} in the app), secrets kept in {@code secrets}. Secrets an older
     * Uptake kept in the workspace move there now.
     */
    public Outreach(Workspace workspace, AdoptionAnalysis adoption, StruggleAnalysis struggles, CampaignConversions conversions,
            java.util.function.Function<OutreachSettings, CopyGenerator> generators, Secrets secrets) {
        this.workspace = workspace;
        this.secrets = secrets;
        this.adoption = adoption;
        this.struggles = struggles;
        this.conversions = conversions;
        this.queries = new OutreachQueries(workspace);
        this.settings = workspace.settings();
        this.generators = generators;
        this.review = new ReviewQueue(workspace, adoption, this::settings);
        this.secretsMoved = secrets.moveOutOf(settings);
    }

    public OutreachSettings settings() {
        return OutreachSettings.of(settings, secrets);
    }

    /** What opening moved out of the workspace: secrets an older Uptake kept in it (empty when none). */
    public List<String> secretsMoved() {
        return secretsMoved;
    }

    /** Stores one outreach setting (a secret in {@link Secrets}) after checking the whole policy still makes sense. */
    public void set(String name, String value) {
        if (Secrets.isSecret(name)) {
            secrets.put(name, value);
            return;
        }
        settings.set(OutreachSettings.SECTION, name, value);
    }

    /** Every outreach setting with its current value (stored, default or secret), by name. */
    public Map<String, String> settingValues() {
        Map<String, String> values = new java.util.TreeMap<>(settings.values(OutreachSettings.SECTION));
        OutreachSettings s = settings();
        values.keySet().removeIf(name -> name.startsWith(OutreachSettings.SECTION.name() + ".priority."));
        values.put(Secrets.LLM_API_KEY, s.llmApiKey());
        values.put(Secrets.SMTP_PASSWORD, s.smtpPassword());
        return values;
    }

    /** A feature's outreach priority (setting {@code outreach.priority.<key>}, default 0): the higher wins a person both want. */
    public int priority(String featureKey) {
        return settings.read(OutreachSettings.SECTION).priorityOf(featureKey);
    }

    public CopyGenerator generator() {
        return generators.apply(settings());
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
        Map<String, String> workspaceFacts = CopyFacts.workspaceFacts(summary.activePeople(), summary.adopters());
        // A CSM task is a note to a colleague that names the person's email and why: written offline, never sent to a model.
        CopyGenerator internal = generator instanceof LlmCopy ? new TemplateCopy() : generator;
        Set<Integer> queued = peopleWithMessages(featureKey);
        int round = queries.draftRound(featureKey);
        List<String> otherFeatures = OtherFeatures.names(workspace, feature);
        boolean allowObserved = plan.settings().allowObserved();
        int created = 0;
        int already = 0;
        int failing = 0;
        int held = 0;
        try (Transaction tx = Transaction.begin(workspace)) {
            int done = 0;
            for (PlannedContact contact : plan.contacts()) {
                if (++done % 50 == 0) {
                    progress.update(done, plan.contacts().size(), String.format("Writing drafts: %,d of %,d", done, plan.contacts().size()));
                    if (progress.isCancelled()) {
                        tx.rollback();
                        throw new java.util.concurrent.CancellationException("Cancelled");
                    }
                }
                if (contact.outcome() == PlannedContact.Outcome.HELD_OUT) {
                    // Someone already written to is no control; their coin was tossed when they were drafted.
                    if (!queued.contains(contact.person().personId())) {
                        held += MessageStore.holdOut(tx, featureKey, contact.person().personId(), contact.audience().name(),
                                contact.channel(), round);
                    }
                    continue;
                }
                if (contact.outcome() != PlannedContact.Outcome.ROUTED) {
                    continue;
                }
                if (queued.contains(contact.person().personId())) {
                    already++;
                    continue;
                }
                MessageStore.supersedeOthers(tx, featureKey, contact.person().personId(), actor);
                Map<String, String> facts = CopyFacts.of(feature, brief, contact, bySegment, accountAdopters, contact.tip(), workspaceFacts);
                CopyGenerator writer = contact.channel() == org.uptake.model.Channel.CSM_TASK ? internal : generator;
                Draft draft = writer.write(contact.audience(), contact.channel(), facts);
                List<String> problems = DraftChecks.problems(contact.channel(), draft, facts, otherFeatures, allowObserved);
                if (!problems.isEmpty()) {
                    failing++;
                }
                MessageStore.addDraft(tx, featureKey, KIND, contact.person().personId(), contact.audience().name(), contact.channel(),
                        draft.subject(), draft.body(), contact.why() + (contact.cluster() == null ? "" : " · cluster: " + contact.cluster())
                                + " · " + contact.note(), CopyFacts.serialize(facts), problems, actor + " (" + writer.name() + ")", round);
                created++;
            }
            tx.commit();
        }
        return new Drafted(created, already, failing, held, generator.name());
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

    String brief(String featureKey) {
        return new org.uptake.workspace.FeatureBriefs(workspace).brief(featureKey).orElse(null);
    }

    /** The review queue where drafts are edited, approved or rejected. */
    public ReviewQueue review() {
        return review;
    }

    /** Conversion of every campaign sent since the feature's launch, measured in data time: contacted against held out. */
    public List<CampaignConversion> conversion(String featureKey) {
        return conversions.of(featureKey);
    }

    /** The delivery with its campaign's own control size (the people held out of its drafting round and channel). */
    public Delivery.Delivered withOwnControl(String featureKey, Delivery.Delivered d) {
        return d.campaignId() == null ? d : new Delivery.Delivered(d.campaignId(), d.messages(), controlPeople(featureKey,
                d.campaignId()), d.where(), d.backToReview());
    }

    /** The size of a campaign's control group (people held out of the same round and channel), 0 when it has none. */
    public int controlPeople(String featureKey, String campaignId) {
        return conversion(featureKey).stream().filter(c -> c.campaignId().equals(campaignId)).mapToInt(c -> c.control().people())
                .findFirst().orElse(0);
    }
}
