package org.uptake.report;

import java.util.regex.Pattern;

/**
 * Text from customers and from the data (ticket text, user ids, event names and properties) made
 * inert in a bug report, which is Markdown on GitHub and wiki text in Jira: no live HTML or
 * entities, links, images, macros or @mentions. Markup characters get a backslash (both read it as
 * "this character, literally"); {@code @}, {@code ://} and {@code www.} get a zero-width space, so
 * no mention or autolink can form; line breaks become spaces, so text cannot start a heading or block.
 */
final class InertText {

    private static final String ESCAPED = "\\`<>[]!&{}|#";
    private static final String ZERO_WIDTH_SPACE = "\u200b";
    private static final Pattern AUTOLINK = Pattern.compile("(?i)(://|www\\.)");

    private InertText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (c == '@') {
                out.append('@').append(ZERO_WIDTH_SPACE);
            } else {
                if (ESCAPED.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return AUTOLINK.matcher(out).replaceAll(m -> m.group(1).substring(0, 1) + ZERO_WIDTH_SPACE + m.group(1).substring(1));
    }

    /** A title shown as plain text (a GitHub issue title, a Jira summary): only mentions and line breaks matter there. */
    static String title(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("@", "@" + ZERO_WIDTH_SPACE);
    }
}
