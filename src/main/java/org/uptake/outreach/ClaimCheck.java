package org.uptake.outreach;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grounding for words, not only numbers: a comparative, superlative, quantifier or sentiment
 * ("three times faster", "most of your colleagues", "everyone", "love it") must match a workspace
 * fact. It does when the facts say it in the same words (the brief does), or — for "most", "all" and
 * "no one" — when the same sentence states a share from the facts that bears it out (over 50%, 100%, 0%).
 */
final class ClaimCheck {

    /** A kind of claim and, for quantifiers, the share that bears it out (null: only the facts' own words do). */
    private record Claim(Pattern pattern, DoublePredicate share) {
    }

    private static final String PEOPLE = "(?:colleagues|teammates|team|teams|people|users|customers|accounts|companies|analysts"
            + "|managers|admins|peers)";
    private static final List<Claim> CLAIMS = List.of(
            new Claim(Pattern.compile("(?i)\\b(?:\\d+(?:\\.\\d+)?|two|three|four|five|six|seven|eight|nine|ten|hundred)[ -]?(?:x|times)"
                    + "(?:\\s+(?:faster|quicker|more|less|fewer|better|easier|as)\\b)?"), null),
            new Claim(Pattern.compile("(?i)\\b(?:twice|half) as\\b"), null),
            new Claim(Pattern.compile("(?i)\\b(?:faster|quicker|easier|better|simpler|more productive|more efficient)\\s+than\\b"), null),
            new Claim(Pattern.compile("(?i)\\b(?:the\\s+)?(?:best|fastest|easiest|quickest|most popular|most used|most loved|#1|number one)"
                    + "\\s+(?:feature|tool|option|choice|app|product|solution|way to work)\\b"), null),
            new Claim(Pattern.compile("(?i)\\bbest[- ]in[- ]class\\b"), null),
            new Claim(Pattern.compile("(?i)\\b(?:love|loves|loved|adore|adores|favou?rite)\\b"), null),
            new Claim(Pattern.compile("(?i)\\bmost\\s+(?:of\\s+)?(?:your\\s+|the\\s+|our\\s+)?" + PEOPLE + "\\b"), v -> v > 50),
            new Claim(Pattern.compile("(?i)\\b(?:everyone|everybody|all (?:of )?(?:your |the |our )?" + PEOPLE + ")\\b"), v -> v >= 100),
            new Claim(Pattern.compile("(?i)\\b(?:nobody|no one|none of (?:your |the |our )?" + PEOPLE + ")\\b"), v -> v <= 0));
    private static final Pattern PERCENT = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?%");

    private ClaimCheck() {
    }

    /** One problem per claim the facts do not bear out; {@code grounded} says whether a stated number is a fact. */
    static List<String> problems(String text, String known, java.util.function.Predicate<String> grounded) {
        List<String> problems = new ArrayList<>();
        String facts = known.toLowerCase(Locale.ROOT);
        for (Claim claim : CLAIMS) {
            Matcher m = claim.pattern().matcher(text);
            while (m.find()) {
                String said = m.group();
                if (facts.contains(said.toLowerCase(Locale.ROOT)) || claim.share() != null && borneOut(sentence(text, m.start()), claim, grounded)) {
                    continue;
                }
                problems.add("the claim \"" + said + "\" is not a workspace fact");
            }
        }
        return problems;
    }

    private static boolean borneOut(String sentence, Claim claim, java.util.function.Predicate<String> grounded) {
        Matcher m = PERCENT.matcher(sentence);
        while (m.find()) {
            if (grounded.test(m.group()) && claim.share().test(new BigDecimal(m.group().replace("%", "").replace(",", "")).doubleValue())) {
                return true;
            }
        }
        return false;
    }

    /** The sentence (or line) around a position. */
    private static String sentence(String text, int at) {
        int start = at;
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end);
    }
}
