package org.uptake.watch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The digest as Markdown: readable as plain text, and in any Markdown viewer. */
public final class DigestMarkdown implements DigestFormat {

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(Digest d, OutputStream out) throws IOException {
        out.write(text(d).getBytes(StandardCharsets.UTF_8));
    }

    public static String text(Digest d) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(plain(DigestText.title(d))).append("\n\n").append(plain(DigestText.summary(d))).append("\n\n## Alerts\n\n");
        if (d.alerts().isEmpty()) {
            s.append("No alerts.\n");
        }
        for (Alert a : d.alerts()) {
            s.append("- **").append(plain(a.headline())).append("**  \n  ").append(plain(DigestText.status(a))).append("  \n  ")
                    .append(plain(DigestText.figures(a))).append('\n');
        }
        s.append("\n## Struggled visibly before the ticket\n\n");
        if (d.proactive().isEmpty()) {
            s.append("No features launched yet.\n");
        }
        for (ProactiveFigure p : d.proactive()) {
            s.append("- **").append(plain(p.name())).append("**: ").append(plain(DigestText.proactive(p))).append('\n');
        }
        return s.toString();
    }

    /** Text from the data shows as text: Markdown's own characters are escaped. */
    static String plain(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
