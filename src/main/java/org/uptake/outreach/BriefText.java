package org.uptake.outreach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a launch brief written any way, the passage that says what was built: a section titled
 * like "What we built" (a Markdown heading of any level, or a line in bold), else the first paragraph
 * that says what people can now do, else the first paragraph of prose that is not metadata, risks or
 * background. Bullet lists are read as one sentence per bullet.
 */
public final class BriefText {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)[\\s#]*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(?:\\*\\*|__)([^*_]+?)(?:\\*\\*|__)\\s*:?\\s*$");
    private static final Pattern BUILT = Pattern.compile("(?i)\\b(what we built|what we shipped|what'?s new|what is new|what it does"
            + "|how it works|the feature|the solution|solution|overview|summary|what changed)\\b");
    private static final Pattern ASIDE = Pattern.compile("(?i)\\b(risks?|questions?|metrics?|success|goals?|problem|background|why"
            + "|timeline|rollout|faq|out of scope|non-goals|launch plan|owners?)\\b");
    private static final Pattern METADATA = Pattern.compile("(?i)^\\s*(?:\\*\\*|__)?[\\w ]{2,30}:(?:\\*\\*|__)?\\s*\\S{0,60}$");
    private static final Pattern CUE = Pattern.compile("(?i)\\b(can now|now (?:you|people|users|teams|customers) can|lets (?:you|people"
            + "|users|teams|customers)|you can|allows|is a new|introduces|we built|we added)\\b");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,2}[.)])\\s+(.*)$");

    private BriefText() {
    }

    private record Section(String title, List<List<String>> paragraphs) {
    }

    /** The passage as written (Markdown kept, so bold terms can be read), or null when the brief holds no prose. */
    public static String whatWeBuilt(String brief) {
        if (brief == null || brief.isBlank()) {
            return null;
        }
        List<Section> sections = sections(brief);
        for (Section s : sections) {
            if (s.title() != null && BUILT.matcher(s.title()).find() && !s.paragraphs().isEmpty()) {
                return join(s.paragraphs());
            }
        }
        for (Section s : sections) {
            if (s.title() != null && ASIDE.matcher(s.title()).find() && !BUILT.matcher(s.title()).find()) {
                continue;
            }
            for (int i = 0; i < s.paragraphs().size(); i++) {
                if (CUE.matcher(String.join(" ", s.paragraphs().get(i))).find()) {
                    List<List<String>> passage = new ArrayList<>(List.of(s.paragraphs().get(i)));
                    if (i + 1 < s.paragraphs().size() && isList(s.paragraphs().get(i + 1))) {
                        passage.add(s.paragraphs().get(i + 1));
                    }
                    return join(passage);
                }
            }
        }
        for (Section s : sections) {
            if (s.title() == null || !ASIDE.matcher(s.title()).find()) {
                for (List<String> p : s.paragraphs()) {
                    if (String.join(" ", p).length() >= 40) {
                        return join(List.of(p));
                    }
                }
            }
        }
        return null;
    }

    /** The passage in plain text, one sentence per bullet, without Markdown emphasis. */
    public static String plain(String passage) {
        if (passage == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String line : passage.split("\n")) {
            Matcher b = BULLET.matcher(line);
            String text = (b.matches() ? b.group(1) : line).replaceAll("[*_`]", "").trim();
            if (text.isEmpty()) {
                continue;
            }
            if (b.matches() && !text.matches(".*[.!?:]$")) {
                text += ".";
            }
            out.append(out.length() == 0 ? "" : " ").append(text);
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    /** The first paragraph of the passage in plain text (a list counts as part of the paragraph it follows). */
    public static String firstParagraph(String passage) {
        if (passage == null) {
            return null;
        }
        String[] paragraphs = passage.split("\\n\\s*\\n");
        String first = paragraphs[0];
        if (paragraphs.length > 1 && first.strip().endsWith(":") && isList(List.of(paragraphs[1].split("\n")))) {
            first += "\n" + paragraphs[1];
        }
        return plain(first);
    }

    /** The passage's bullet items in plain text (empty when it has no list). */
    public static List<String> bullets(String passage) {
        List<String> items = new ArrayList<>();
        if (passage != null) {
            for (String line : passage.split("\n")) {
                Matcher b = BULLET.matcher(line);
                if (b.matches()) {
                    String text = b.group(1).replaceAll("[*_`]", "").trim();
                    if (!text.isEmpty()) {
                        items.add(text.matches(".*[.!?]$") ? text : text + ".");
                    }
                }
            }
        }
        return items;
    }

    private static List<Section> sections(String brief) {
        List<Section> sections = new ArrayList<>();
        Section current = new Section(null, new ArrayList<>());
        sections.add(current);
        List<String> paragraph = new ArrayList<>();
        for (String line : brief.replace("\r", "").split("\n")) {
            Matcher h = HEADING.matcher(line);
            Matcher bold = BOLD_LINE.matcher(line);
            String title = h.matches() ? h.group(1) : bold.matches() ? bold.group(1) : null;
            if (title != null || line.isBlank()) {
                flush(paragraph, current);
                paragraph = new ArrayList<>();
                if (title != null) {
                    current = new Section(title.trim(), new ArrayList<>());
                    sections.add(current);
                }
            } else if (!METADATA.matcher(line).matches() || BULLET.matcher(line).matches()) {
                paragraph.add(line);
            }
        }
        flush(paragraph, current);
        return sections;
    }

    private static void flush(List<String> paragraph, Section section) {
        if (!paragraph.isEmpty()) {
            section.paragraphs().add(List.copyOf(paragraph));
        }
    }

    private static boolean isList(List<String> lines) {
        return !lines.isEmpty() && lines.stream().filter(l -> !l.isBlank()).allMatch(l -> BULLET.matcher(l).matches());
    }

    private static String join(List<List<String>> paragraphs) {
        List<String> texts = new ArrayList<>();
        paragraphs.forEach(p -> texts.add(String.join("\n", p)));
        return String.join("\n\n", texts);
    }
}
