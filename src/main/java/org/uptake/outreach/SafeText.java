package org.uptake.outreach;

/** Copy made safe for where it is shown: HTML (email, in-app HTML) and Markdown (in-app guide tools). */
public final class SafeText {

    private SafeText() {
    }

    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Paragraphs as HTML, every character escaped. */
    public static String htmlParagraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : (text == null ? "" : text).split("\n\\s*\n")) {
            out.append("<p>").append(html(paragraph.strip()).replace("\n", "<br>")).append("</p>\n");
        }
        return out.toString();
    }

    /** Every Markdown control character escaped, so text stays text. */
    public static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]()#+-.!|<>~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A CSV cell a spreadsheet will not run: a value starting with =, +, -, @, tab or CR gets a
     * leading apostrophe (OWASP's advice against CSV injection); everything else stays as it is.
     */
    public static String csvCell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
