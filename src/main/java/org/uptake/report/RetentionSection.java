package org.uptake.report;

import java.util.ArrayList;
import java.util.List;
import org.uptake.adoption.AdopterRetention;
import org.uptake.model.Figures;

/** The impact report's "who stays" part: stickiness in words and the cohort triangle as a table. */
final class RetentionSection {

    /** Weeks after adoption the PDF's table shows: more would not fit the page's width. */
    static final int WEEKS_SHOWN = 8;

    private RetentionSection() {
    }

    static void write(PdfLayout pdf, AdopterRetention r) {
        pdf.subheading("Who stays: adopters' weekly retention");
        pdf.paragraph(sentence(r));
        if (r.cohorts().isEmpty()) {
            return;
        }
        int weeks = Math.min(WEEKS_SHOWN, r.cohorts().get(0).shares().size());
        List<String> header = new ArrayList<>(List.of("Adopted in week of", "Adopters"));
        for (int k = 0; k < weeks; k++) {
            header.add("w" + k);
        }
        List<List<String>> rows = new ArrayList<>();
        for (AdopterRetention.Cohort c : r.cohorts()) {
            List<String> row = new ArrayList<>(List.of(c.weekStart().toString(), Figures.count(c.adopters())));
            for (int k = 0; k < weeks; k++) {
                Double share = k < c.shares().size() ? c.shares().get(k) : null;
                row.add(share == null ? "" : Figures.percent(share, 0));
            }
            rows.add(row);
        }
        float[] widths = new float[header.size()];
        java.util.Arrays.fill(widths, 0.6f);
        widths[0] = 1.5f;
        widths[1] = 0.9f;
        pdf.table(header, rows, widths);
        pdf.paragraph("Each row: the people who adopted in that week, and the share still using the feature each week after (w0:"
                + " their own week). A blank cell: that week is not over in the data, not a loss.", 9, ReportColors.MUTED);
    }

    /** "In the last complete week (from 2026-03-09), 3 of 5 adopters used it: stickiness 60%." */
    static String sentence(AdopterRetention r) {
        String text;
        if (r.weeks().isEmpty()) {
            text = "No complete week since launch yet: stickiness cannot be measured.";
        } else {
            AdopterRetention.Week w = r.weeks().get(r.weeks().size() - 1);
            text = "In the last complete week (from " + w.start() + "), " + Figures.count(w.users()) + " of " + Figures.count(w.adopters())
                    + " adopters used it: stickiness " + Figures.percent(w.stickiness(), 0) + ".";
        }
        return r.caveat() == null ? text : text + " Caveat: " + r.caveat() + ".";
    }
}
