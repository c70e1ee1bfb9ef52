package org.uptake.onboarding;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Channel;
import org.uptake.model.Message;
import org.uptake.model.Progress;
import org.uptake.outreach.NotApprovedException;
import org.uptake.outreach.Outreach;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.Workspace;

/** Onboarding content from a brief: its pieces and wording, reviewed in the queue, exported only once approved. */
class OnboardingTest {

    static final String FEATURES = """
            [{"key":"boards","name":"Boards","launchedAt":"2026-03-02","problem":"Users cannot see their work in one place",
              "adoption":{"event":"board_saved","target":0.2,"withinDays":30},"funnel":["board_opened","card_added","board_saved"]}]
            """;
    static final String BRIEF = """
            # Launch brief: Boards

            **Feature key:** `boards`

            ## What we built

            People can now collect their work on a board: open **New board**, add cards from any report, and **Save board**.
            **Share** sends the board to their team. Boards hold up to 40 cards.

            ## Risks

            Nothing yet.
            """;

    @TempDir
    Path temp;

    @Test
    void writesTheFourKindsFromTheBriefAndExportsOnlyWhatIsApproved() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Importer importer = new Importer(workspace);
            Files.writeString(temp.resolve("features.json"), FEATURES);
            Files.writeString(temp.resolve("boards.md"), BRIEF);
            importer.importFile(importer.plan(temp.resolve("features.json")), Progress.NONE);
            importer.importFile(importer.plan(temp.resolve("boards.md")), Progress.NONE);
            org.uptake.services.WorkspaceServices services = TestServices.of(workspace);
            Outreach outreach = services.outreach();
            Onboarding onboarding = services.onboarding();

            assertEquals(3, onboarding.generate("boards", "ana", Progress.NONE), "no struggle clusters, so no platform tips");
            assertEquals(0, onboarding.generate("boards", "ana", Progress.NONE), "nothing twice");
            List<Message> drafts = outreach.review().queue("boards", Onboarding.KIND, null);
            Message tooltip = of(drafts, Channel.TOOLTIP);
            assertEquals("New: collect your work on a board. Start with New board.", tooltip.body());
            Message walkthrough = of(drafts, Channel.WALKTHROUGH);
            assertEquals("""
                    1. Open New board.
                    2. Add cards from any report.
                    3. Save board.
                    4. Share sends the board to your team.""", walkthrough.body());
            assertEquals(List.of(), walkthrough.problems(), "step numbers are layout, not claims");
            Message whatsNew = of(drafts, Channel.WHATS_NEW);
            assertTrue(whatsNew.body().startsWith("See your work in one place. You can now collect your work on a board"), whatsNew.body());
            assertTrue(whatsNew.body().contains("up to 40 cards"), "a number from the brief is a fact");
            assertEquals(List.of(), whatsNew.problems());

            assertThrows(NotApprovedException.class, () -> onboarding.exportJson("boards", ExportFile.to(temp.resolve("none.json"), null, false), "ana"));
            outreach.review().approve(tooltip.id(), "ana");
            outreach.review().approve(walkthrough.id(), "ana");
            Path file = temp.resolve("boards.json");
            assertEquals(2, onboarding.exportJson("boards", ExportFile.to(file, null, false), "ana"));
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            assertEquals(tooltip.body(), json.at("/tooltip/text").asText());
            assertEquals(4, json.at("/walkthrough/steps").size());
            assertEquals("Open New board.", json.at("/walkthrough/steps/0").asText());
            assertTrue(json.path("whatsNew").isMissingNode(), "the unapproved what's-new stays in");
        }
    }

    private static Message of(List<Message> drafts, Channel channel) {
        return drafts.stream().filter(m -> m.channel() == channel).findFirst().orElseThrow();
    }
}
