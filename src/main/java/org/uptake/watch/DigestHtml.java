package org.uptake.watch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The digest as one self-contained HTML page (no scripts, no links out), for a browser or a mail. */
public final class DigestHtml implements DigestFormat {

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(Digest d, OutputStream out) throws IOException {
        out.write(page(d).getBytes(StandardCharsets.UTF_8));
    }

    public static String page(Digest d) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(DigestText.title(d))).append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;"
                        + "color:#222}li{margin-bottom:.8em}.status{color:#555;font-size:.9em}.figures{color:#333;font-size:.9em;"
                        + "font-family:monospace}.open{color:#b00020}</style></head><body>\n<h1>")
                .append(escape(DigestText.title(d))).append("</h1>\n<p>").append(escape(DigestText.summary(d))).append("</p>\n<h2>Alerts</h2>\n");
        if (d.alerts().isEmpty()) {
            s.append("<p>No alerts.</p>\n");
        } else {
            s.append("<ul>\n");
            for (Alert a : d.alerts()) {
                s.append("<li><strong").append(a.isOpen() ? " class=\"open\"" : "").append('>').append(escape(a.headline()))
                        .append("</strong><br><span class=\"status\">").append(escape(DigestText.status(a)))
                        .append("</span><br><span class=\"figures\">").append(escape(DigestText.figures(a))).append("</span></li>\n");
            }
            s.append("</ul>\n");
        }
        s.append("<h2>Struggled visibly before the ticket</h2>\n<ul>\n");
        for (ProactiveFigure p : d.proactive()) {
            s.append("<li><strong>").append(escape(p.name())).append("</strong>: ").append(escape(DigestText.proactive(p))).append("</li>\n");
        }
        return s.append("</ul>\n</body></html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
