package org.uptake.report;

import java.awt.Color;

/** The report's few colours: ink, a muted grey, the accent, table header and rules. */
final class ReportColors {

    static final Color INK = new Color(0x1d, 0x24, 0x2e);
    static final Color MUTED = new Color(0x5f, 0x6b, 0x7a);
    static final Color ACCENT = new Color(0x2f, 0x6f, 0xdb);
    static final Color HEADER_FILL = new Color(0xee, 0xf2, 0xf7);
    static final Color RULE = new Color(0xd5, 0xdb, 0xe3);

    private ReportColors() {
    }
}
