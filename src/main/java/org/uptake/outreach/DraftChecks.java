package org.uptake.outreach;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uptake.model.Channel;

/**
 * The checks every draft passes before it can be approved, whoever wrote it (template, model or
 * analyst): every number is one the workspace's facts hold and every comparative, superlative or
 * "most/everyone" claim is borne out by them (grounding, {@link ClaimCheck}), no other feature is named,
 * no surveillance phrasing unless the analyst allows it, nothing longer than the channel shows,
 * and no markup (it would be shown as text, never run).
 */
final class DraftChecks {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?%?");
    private static final List<Pattern> OBSERVED = List.of(
            Pattern.compile("(?i)\\bwe(?:'ve| have)? (?:noticed|seen|saw|observed|tracked|spotted)\\b"),
            Pattern.compile("(?i)\\bwe(?:'re| are) (?:watching|tracking|monitoring)\\b"),
            Pattern.compile("(?i)\\byour (?:activity|behaviou?r|clicks|usage data) (?:shows?|suggests?|tells?)\\b"),
            Pattern.compile("(?i)\\byou (?:struggled|failed|gave up|got stuck|rage)"),
            Pattern.compile("(?i)\\brage[- ]click"));
    private static final Pattern LIST_NUMBER = Pattern.compile("(?m)^\\s*\\d{1,2}[.)]\\s+");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>|!?\\[[^\\]]*\\]\\([^)]*\\)");

    private DraftChecks() {
    }

    static List<String> problems(Channel channel, Draft draft, Map<String, String> facts, Collection<String> otherFeatures,
            boolean allowObserved) {
        List<String> problems = new ArrayList<>();
        String text = (draft.subject() == null ? "" : draft.subject()) + "\n" + (draft.body() == null ? "" : draft.body());
        // A numbered list's "1." is layout, not a claim.
        String claims = LIST_NUMBER.matcher(text).replaceAll("");
        if (draft.body() == null || draft.body().isBlank()) {
            problems.add("the message is empty");
        }
        String known = String.join("\n", facts.values());
        Matcher m = NUMBER.matcher(claims);
        while (m.find()) {
            String number = m.group().replaceAll("[,.]$", "");
            if (!containsNumber(known, number)) {
                problems.add("the number " + number + " is not a workspace fact");
            }
        }
        problems.addAll(ClaimCheck.problems(text, known, number -> containsNumber(known, number)));
        for (String other : otherFeatures) {
            if (text.toLowerCase(Locale.ROOT).contains(other.toLowerCase(Locale.ROOT))) {
                problems.add("it names " + other + ", which is not this feature");
            }
        }
        if (!allowObserved && channel != Channel.CSM_TASK) {
            for (Pattern p : OBSERVED) {
                Matcher found = p.matcher(text);
                if (found.find()) {
                    problems.add("\"" + found.group() + "\" reads as watching the person (allow it in Settings if you mean to)");
                }
            }
        }
        if (draft.subject() != null && draft.subject().length() > channel.maxSubject()) {
            problems.add(String.format("the title is %d characters; %s shows %d", draft.subject().length(), channel.label(),
                    channel.maxSubject()));
        }
        if (draft.body() != null && draft.body().length() > channel.maxBody()) {
            problems.add(String.format("the text is %d characters; %s shows %d", draft.body().length(), channel.label(), channel.maxBody()));
        }
        Matcher markup = MARKUP.matcher(text);
        if (markup.find()) {
            problems.add("it contains markup (" + markup.group() + "); recipients would see it as text");
        }
        return problems;
    }

    /**
     * The number appears in the facts as a number of its own (not as part of a longer one), or is a
     * fact rounded to fewer decimals ("34%" or "34.0%" for 34.03%); a percentage needs a percentage.
     */
    static boolean containsNumber(String known, String number) {
        Matcher m = NUMBER.matcher(known);
        while (m.find()) {
            String candidate = m.group().replaceAll("[,.]$", "");
            if (candidate.equals(number) || candidate.replace("%", "").equals(number) || rounds(candidate, number)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rounds(String fact, String claim) {
        if (claim.endsWith("%") != fact.endsWith("%")) {
            return false;
        }
        BigDecimal f = new BigDecimal(fact.replace("%", "").replace(",", ""));
        BigDecimal c = new BigDecimal(claim.replace("%", "").replace(",", ""));
        return c.scale() <= f.scale() && f.setScale(c.scale(), RoundingMode.HALF_UP).compareTo(c) == 0;
    }
}
