package org.uptake.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.uptake.watch.Alert;
import org.uptake.watch.Digest;
import org.uptake.watch.DigestFormat;
import org.uptake.watch.DigestText;
import org.uptake.watch.ProactiveFigure;

/** The digest as a PDF, laid out like the impact report: a title page, then the alerts and the proactive figure. */
public final class DigestPdf implements DigestFormat {

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(Digest d, OutputStream out) throws IOException {
        try (PdfLayout pdf = new PdfLayout(DigestText.title(d), "Uptake · digest of " + d.workspace() + " · data to " + d.asOf())) {
            pdf.titlePage("Digest", d.workspace() + " — data to " + d.asOf(),
                    List.of((d.since() == null ? "All alerts" : "Alerts since " + d.since()) + ": " + d.alerts().size() + " ("
                            + d.openAlerts() + " open)"),
                    "Days are data days: the workspace's last event day, never the clock. Nothing in this digest was sent to anyone in the data.");
            pdf.heading("Alerts");
            if (d.alerts().isEmpty()) {
                pdf.paragraph("No alerts.");
            }
            for (Alert a : d.alerts()) {
                pdf.paragraph(a.headline(), 11, ReportColors.ACCENT);
                pdf.paragraph(DigestText.status(a), 9.5f, ReportColors.MUTED);
                pdf.paragraph(DigestText.figures(a), 9.5f, ReportColors.INK);
            }
            pdf.heading("Struggled visibly before the ticket");
            pdf.bullets(d.proactive().stream().map((ProactiveFigure p) -> p.name() + ": " + DigestText.proactive(p)).toList());
            pdf.save(out);
        }
    }
}
