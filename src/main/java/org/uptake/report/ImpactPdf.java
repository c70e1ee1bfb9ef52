package org.uptake.report;

import java.nio.file.Path;
import org.uptake.impact.ImpactReport;

/** Placeholder until the PDF writer lands in the next step of this change. */
public final class ImpactPdf {
    private ImpactPdf() {
    }

    public static void write(ImpactReport report, Path file) {
        throw new UnsupportedOperationException("PDF export is not built yet");
    }
}
