package org.uptake.outreach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uptake.model.Feature;

/**
 * The facts a message about a feature may use, each from the workspace: the person's first name
 * (from their email), the feature's name, how to use it and what it is for (from its brief and
 * problem), how many people like them already use it, a tip for what they struggled with. Copy
 * may only state numbers that appear here (the grounding check).
 */
public final class CopyFacts {

    private static final Pattern CANNOT = Pattern.compile("(?i)^(users|people|customers|analysts|teams)\\s+(cannot|can't|can not)\\s+(.+)$");

    private CopyFacts() {
    }

    /** The sentence of the brief that says how to use the feature ("open Edit layout, drag …, and Save layout."), however the brief is laid out. */
    public static String howTo(String brief) {
        if (brief == null) {
            return null;
        }
        String paragraph = BriefText.firstParagraph(BriefText.whatWeBuilt(brief));
        if (paragraph == null || paragraph.isEmpty()) {
            return null;
        }
        String[] sentences = paragraph.split("(?<=[.!?])\\s+");
        String first = sentences[0];
        String you = first.replaceFirst("(?i)^(People|Users|Customers|Teams) can now ", "You can now ");
        return you.equals(first) ? first : secondPerson(you);
    }

    /** "Users cannot find the metrics they check most" becomes "Find the metrics you check most". */
    public static String benefit(String problem) {
        if (problem == null) {
            return null;
        }
        Matcher m = CANNOT.matcher(problem.trim().replaceAll("\\.$", ""));
        if (!m.matches()) {
            return null;
        }
        String rest = secondPerson(m.group(3));
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /**
     * A brief's sentence about users, addressed to the reader: "they want", "their own", "their team"
     * become "you want", "your own", "your team"; a "their" before other words stays (in "drag widgets by
     * their handle" it is the widgets').
     */
    public static String secondPerson(String text) {
        return text.replaceAll("\\btheir (?=(own|team|teams|work|colleagues|manager|account|company|data|dashboard|reports)\\b)", "your ")
                .replaceAll("\\bthey (?=\\w)", "you ");
    }

    /** "sam.larsen0@…" → "Sam"; null when the address gives no name. */
    static String firstName(String email) {
        if (email == null || email.indexOf('@') <= 0) {
            return null;
        }
        String local = email.substring(0, email.indexOf('@')).split("[._+-]")[0].replaceAll("\\d", "");
        return local.length() < 2 ? null : Character.toUpperCase(local.charAt(0)) + local.substring(1).toLowerCase(Locale.ROOT);
    }

    /** What an OpenAI-compatible model may see of a person's facts, as README's Privacy section lists them. */
    static final List<String> FOR_MODEL = List.of("firstName", "feature", "benefit", "howTo", "segment", "segmentAdoption",
            "accountName", "tip");

    /** The facts a copy model is sent: only {@link #FOR_MODEL}, never the email, the CSM, why the person was picked or other people. */
    static Map<String, String> forModel(Map<String, String> facts) {
        Map<String, String> shown = new LinkedHashMap<>();
        FOR_MODEL.forEach(name -> {
            if (facts.containsKey(name)) {
                shown.put(name, facts.get(name));
            }
        });
        return shown;
    }

    /**
     * Workspace-level figures the analyst sees on the Adoption screen, so copy may state them: the
     * share of active people who adopted (one decimal, so "34%" and "34.0%" both ground), active
     * people and adopters.
     */
    public static Map<String, String> workspaceFacts(int activePeople, int adopters) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (activePeople > 0) {
            facts.put("overallAdoption", String.format(Locale.ROOT, "%.1f%%", 100.0 * adopters / activePeople));
            facts.put("activePeople", String.format(Locale.ROOT, "%,d", activePeople));
            facts.put("adopters", String.format(Locale.ROOT, "%,d", adopters));
        }
        return facts;
    }

    static Map<String, String> of(Feature feature, String brief, PlannedContact c, Map<String, double[]> segmentAdoption,
            Map<String, Integer> accountAdopters, String tip, Map<String, String> workspace) {
        Map<String, String> facts = new LinkedHashMap<>();
        put(facts, "firstName", firstName(c.email()));
        put(facts, "feature", feature.name());
        put(facts, "benefit", benefit(feature.problem()));
        put(facts, "howTo", howTo(brief));
        if (c.person().segment() != null) {
            put(facts, "segment", c.person().segment());
            double[] s = segmentAdoption.get(c.person().segment());
            if (s != null && s[1] > 0) {
                put(facts, "segmentAdoption", Math.round(100 * s[0] / s[1]) + "%");
            }
        }
        put(facts, "accountName", c.accountName());
        Integer teammates = c.person().accountId() == null ? null : accountAdopters.get(c.person().accountId());
        if (teammates != null && teammates >= 2) {
            put(facts, "accountAdopters", Integer.toString(teammates));
        }
        put(facts, "tip", tip);
        put(facts, "email", c.email());
        put(facts, "csmOwner", c.csmOwner());
        put(facts, "why", c.why());
        put(facts, "audience", c.audience().label().toLowerCase(Locale.ROOT));
        workspace.forEach((k, v) -> put(facts, k, v));
        return facts;
    }

    private static void put(Map<String, String> facts, String name, String value) {
        if (value != null && !value.isBlank()) {
            facts.put(name, value);
        }
    }

    /** The facts as stored with a message ("name: value" lines), so an edited draft is checked against the same facts. */
    static String serialize(Map<String, String> facts) {
        StringBuilder out = new StringBuilder();
        facts.forEach((k, v) -> out.append(k).append(": ").append(v.replace('\n', ' ')).append('\n'));
        return out.toString();
    }

    static Map<String, String> parse(String stored) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    facts.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return facts;
    }

    static List<String> names() {
        return List.of("firstName", "feature", "benefit", "howTo", "segment", "segmentAdoption", "accountName", "accountAdopters",
                "tip", "email", "csmOwner", "why", "audience", "overallAdoption", "activePeople", "adopters");
    }
}
