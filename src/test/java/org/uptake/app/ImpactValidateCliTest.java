package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.impact.ValidationFixture;

/** {@code uptake impact --validate}: the figures in JSON and text, and on the PDF's method page. */
class ImpactValidateCliTest {

    @TempDir
    Path temp;

    @Test
    void validateReportsFalseClaimAndRecoveryRatesEverywhere() throws Exception {
        Path ws = temp.resolve("ws");
        assertEquals(0, CliRun.of("init", ws.toString()).exitCode());
        List<String> args = new ArrayList<>(List.of("import", ws.toString()));
        ValidationFixture.files(temp.resolve("files")).forEach(f -> args.add(f.toString()));
        assertEquals(0, CliRun.of(args.toArray(String[]::new)).exitCode());

        CliRun json = CliRun.of("impact", ws.toString(), "--feature", "reports", "--validate", "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode v = new ObjectMapper().readTree(json.out()).path("validation").path("metrics");
        assertEquals(30, v.get(0).path("placebos").asInt());
        assertEquals(0.0, v.get(0).path("falseClaimRate").asDouble());
        assertEquals(1.0, v.get(0).path("recoveryRate").asDouble());
        assertEquals("ticket metrics have no comparison group to re-run; only event metrics are validated.",
                v.get(1).path("reason").asText());

        Path pdf = temp.resolve("impact.pdf");
        CliRun text = CliRun.of("impact", ws.toString(), "--feature", "reports", "--validate", "--pdf", pdf.toString());
        assertTrue(text.out().contains("Reports viewed: at 30 placebo launch dates before launch, where nothing launched, a change was"
                + " claimed at 0 (false-claim rate 0%)"), text.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String page = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(page.contains("Validation: the analysis checked against itself"), page);
            assertTrue(page.contains("false-claim rate 0%"), page);
            assertTrue(page.contains("recovery rate 100%"), page);
            assertTrue(page.contains("days since launch) · definition version 1"), "the title page states the definition used: " + page);
        }

        CliRun without = CliRun.of("impact", ws.toString(), "--feature", "reports", "--json");
        assertTrue(new ObjectMapper().readTree(without.out()).path("validation").isMissingNode(), "validation runs only when asked");
        assertEquals(1, new ObjectMapper().readTree(without.out()).path("definitionVersion").asInt());
    }
}
