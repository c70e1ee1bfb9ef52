package org.uptake.onboarding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uptake.model.Channel;
import org.uptake.model.Feature;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.model.Progress;
import org.uptake.outreach.BriefText;
import org.uptake.outreach.CopyFacts;
import org.uptake.outreach.Draft;
import org.uptake.outreach.NotApprovedException;
import org.uptake.outreach.Outreach;
import org.uptake.outreach.ReviewQueue;
import org.uptake.outreach.SafeText;
import org.uptake.outreach.Tips;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleCluster;
import org.uptake.workspace.ExportFile;

/**
 * Onboarding content from the launch brief and the feature definition: a tooltip, a 3–5 step
 * walkthrough, a what's-new note for returning users, and platform tips from the struggle
 * clusters. Reviewed in the outreach queue like any message; only approved content is exported.
 */
public final class Onboarding {

    public static final String KIND = "onboarding";
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

    private final Outreach outreach;
    private final StruggleAnalysis struggles;
    private final org.uptake.adoption.AdoptionAnalysis adoption;
    private final org.uptake.workspace.FeatureBriefs briefs;

    public Onboarding(org.uptake.workspace.Workspace workspace, org.uptake.adoption.AdoptionAnalysis adoption, Outreach outreach,
            StruggleAnalysis struggles) {
        this.outreach = outreach;
        this.struggles = struggles;
        this.adoption = adoption;
        this.briefs = new org.uptake.workspace.FeatureBriefs(workspace);
    }

    /** Writes the drafts this feature does not have yet (a rejected piece is written again). Returns how many. */
    public int generate(String featureKey, String actor, Progress progress) {
        Feature feature = adoption.feature(featureKey);
        String brief = briefs.brief(featureKey).orElse("");
        Set<String> have = new LinkedHashSet<>();
        for (Message m : outreach.review().queue(featureKey, KIND, null)) {
            if (m.status() != MessageStatus.REJECTED && m.status() != MessageStatus.SUPERSEDED) {
                have.add(m.channel() + "|" + m.audience());
            }
        }
        List<StruggleCluster> clusters = struggles.analyze(featureKey, null, null, progress).clusters();
        List<ReviewQueue.ContentDraft> drafts = new ArrayList<>();
        org.uptake.adoption.AdoptionSummary summary = adoption.summary(featureKey, null, null);
        for (ReviewQueue.ContentDraft d : content(feature, brief, clusters,
                CopyFacts.workspaceFacts(summary.activePeople(), summary.adopters()))) {
            if (!have.contains(d.channel() + "|" + d.audience())) {
                drafts.add(d);
            }
        }
        return drafts.isEmpty() ? 0 : outreach.review().addContent(featureKey, KIND, drafts, actor + " (from the brief)");
    }

    /** Every piece, worded from the brief (and the funnel when the brief says little). */
    static List<ReviewQueue.ContentDraft> content(Feature feature, String brief, List<StruggleCluster> clusters,
            Map<String, String> workspaceFacts) {
        Map<String, String> facts = new LinkedHashMap<>(workspaceFacts);
        facts.put("feature", feature.name());
        facts.put("brief", brief == null ? "" : brief.replace('\n', ' '));
        if (feature.problem() != null) {
            facts.put("problem", feature.problem());
        }
        List<ReviewQueue.ContentDraft> out = new ArrayList<>();
        String howTo = CopyFacts.howTo(brief);
        String benefit = CopyFacts.benefit(feature.problem());
        List<String> terms = boldTerms(brief);
        String what = whatWeBuilt(brief);

        String clause = howTo == null ? null : howTo.replaceFirst("(?i)^You can now ", "").split(":")[0].trim().replaceAll("[.!?]+$", "");
        if (clause != null && clause.length() > 1 && Character.isLowerCase(clause.charAt(1))) {
            clause = lower(clause);
        }
        String tooltip = clause != null ? "New: " + clause + "." : benefit != null ? "New: " + lower(benefit) + "." : "New: " + feature.name() + ".";
        if (!terms.isEmpty()) {
            tooltip += " Start with " + terms.get(0) + ".";
        }
        out.add(new ReviewQueue.ContentDraft("everyone", Channel.TOOLTIP, new Draft(feature.name(), tooltip),
                "first sentence of the brief's \"What we built\"", facts));

        List<String> steps = steps(feature, brief, howTo, what, terms);
        StringBuilder walk = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            walk.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        out.add(new ReviewQueue.ContentDraft("new users", Channel.WALKTHROUGH, new Draft("Get started with " + feature.name(),
                walk.toString().strip()), "the steps of the brief's \"What we built\" in funnel order", facts));

        String whatsNew = (benefit == null ? "" : benefit + ". ") + (what == null ? (howTo == null ? "" : howTo) : what);
        out.add(new ReviewQueue.ContentDraft("returning users", Channel.WHATS_NEW, new Draft("What's new: " + feature.name(),
                whatsNew.strip()), "the brief's problem and \"What we built\"", facts));

        Set<String> tips = new LinkedHashSet<>();
        for (StruggleCluster c : clusters) {
            String platform = c.platform();
            String tip = Tips.forCluster(c, platform == null ? "web" : platform);
            if (tip != null && tips.add(tip)) {
                out.add(new ReviewQueue.ContentDraft(platform == null ? "everyone" : platform, Channel.PLATFORM_TIP,
                        new Draft(platform == null ? "Tip" : "Tip for " + platform, tip), "struggle cluster: " + c.label(), facts));
            }
        }
        return out;
    }

    /** 3–5 steps: the actions of the how-to sentence, then other UI elements the brief names, then the funnel's events. */
    static List<String> steps(Feature feature, String brief, String howTo, String what, List<String> terms) {
        List<String> steps = new ArrayList<>();
        List<String> bullets = BriefText.bullets(section(brief));
        if (bullets.size() >= 2) {
            // A brief that lists the steps says them best.
            bullets.forEach(b -> steps.add(Character.toUpperCase(b.charAt(0)) + b.substring(1)));
        } else if (howTo != null && howTo.contains(":")) {
            for (String part : howTo.substring(howTo.indexOf(':') + 1).split(",\\s*(?:and\\s+)?|\\s+and\\s+")) {
                String s = part.replaceAll("\\.$", "").trim();
                if (!s.isEmpty()) {
                    steps.add(Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".");
                }
            }
        }
        if (what != null) {
            for (String sentence : what.split("(?<=[.!?])\\s+")) {
                for (String term : terms) {
                    if (sentence.startsWith(term) && steps.stream().noneMatch(x -> x.contains(term)) && steps.size() < 5) {
                        steps.add(sentence.trim());
                    }
                }
            }
            // A brief in prose that names its controls mid-sentence ("…, then use Edit selected."): those sentences are the steps.
            if (steps.isEmpty()) {
                for (String sentence : what.split("(?<=[.!?])\\s+")) {
                    if (terms.stream().anyMatch(sentence::contains) && !sentence.equals(howTo) && steps.size() < 5) {
                        steps.add(sentence.trim());
                    }
                }
            }
        }
        for (String event : feature.funnel()) {
            if (steps.size() >= 3) {
                break;
            }
            steps.add(Character.toUpperCase(event.charAt(0)) + event.substring(1).replace('_', ' ') + ".");
        }
        return steps.subList(0, Math.min(5, steps.size()));
    }

    static List<String> boldTerms(String brief) {
        List<String> terms = new ArrayList<>();
        String what = brief == null ? null : section(brief);
        if (what != null) {
            Matcher m = BOLD.matcher(what);
            while (m.find()) {
                terms.add(m.group(1).trim());
            }
        }
        return terms;
    }

    private static String section(String brief) {
        return BriefText.whatWeBuilt(brief);
    }

    static String whatWeBuilt(String brief) {
        String s = brief == null ? null : BriefText.plain(section(brief));
        return s == null || s.isEmpty() ? null : s.replaceFirst("(?i)^(People|Users) can now ", "You can now ")
                .transform(CopyFacts::secondPerson);
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Writes the approved content as one JSON document for an in-app guide tool; refuses when none is approved. */
    public int exportJson(String featureKey, ExportFile file, String actor) {
        List<Message> approved = outreach.review().queue(featureKey, KIND, MessageStatus.APPROVED);
        if (approved.isEmpty()) {
            throw new NotApprovedException("No onboarding content of this feature is approved yet; approve it in the review queue first.");
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode().put("feature", featureKey);
        ArrayNode tips = json.createArrayNode();
        for (Message m : approved) {
            ObjectNode node = json.createObjectNode().put("id", m.id()).put("audience", m.audience()).put("title", m.subject())
                    .put("text", m.body()).put("markdown", SafeText.markdown(m.body())).put("html", SafeText.htmlParagraphs(m.body()));
            switch (m.channel()) {
                case TOOLTIP -> root.set("tooltip", node);
                case WALKTHROUGH -> {
                    ArrayNode steps = node.putArray("steps");
                    for (String line : m.body().split("\n")) {
                        if (!line.isBlank()) {
                            steps.add(line.replaceFirst("^\\d+\\.\\s*", "").trim());
                        }
                    }
                    root.set("walkthrough", node);
                }
                case WHATS_NEW -> root.set("whatsNew", node);
                case PLATFORM_TIP -> tips.add(node);
                default -> { }
            }
        }
        root.set("platformTips", tips);
        try {
            file.writeString(json.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.path() + ": " + e.getMessage(), e);
        }
        return approved.size();
    }
}
