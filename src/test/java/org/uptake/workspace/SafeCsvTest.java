package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeCsvTest {

    @Test
    void formulasAreNeutralisedAndNumbersStayNumbers() {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, "feature", "change", "note")) {
            csv.row("=HYPERLINK(\"http://x\")", "-13.9%", "@SUM(A1)");
            csv.row("+cmd|' /C calc'!A0", -0.5, "-");
            csv.row("\tinjected", new BigDecimal("1E+3"), null);
            csv.row("dashboard, customization", Double.NaN, "+18 points");
        }
        assertEquals(List.of(
                "feature,change,note",
                "\"'=HYPERLINK(\"\"http://x\"\")\",-13.9%,'@SUM(A1)",
                "'+cmd|' /C calc'!A0,-0.5,'-",
                "'\tinjected,1000,",
                "\"dashboard, customization\",,'+18 points"), out.toString().lines().toList());
    }

    @Test
    void signedNumbersInTextAreLeftAlone() {
        assertEquals(List.of("-13.9%", "+18", "-1,234.5", "-2e5", "'-1+2", "'+", "'-%", "'=1"),
                List.of("-13.9%", "+18", "-1,234.5", "-2e5", "-1+2", "+", "-%", "=1").stream().map(SafeCsv::neutralise).toList());
    }
}
