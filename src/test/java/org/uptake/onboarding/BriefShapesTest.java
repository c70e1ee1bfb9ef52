package org.uptake.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uptake.model.Channel;
import org.uptake.model.Feature;
import org.uptake.outreach.CopyFacts;
import org.uptake.outreach.ReviewQueue;

/** Onboarding from briefs written without the sample's "## What we built": plain paragraphs, bullet lists, bold titles. */
class BriefShapesTest {

    static final Feature BULK = new Feature("bulk-edit", "Bulk edit", LocalDate.of(2026, 3, 2), "Users cannot change many rows at once",
            List.of(), new Feature.AdoptionGoal("bulk_saved", 0.2, 30), List.of("bulk_opened", "rows_selected", "bulk_saved"), null,
            List.of(), List.of(), List.of(), null);

    /** Plain paragraphs, no headings at all, metadata lines first. */
    static final String PLAIN = """
            Feature key: bulk-edit
            Owner: Rita

            Teams kept editing rows one by one, which took hours at quarter end.

            People can now edit many rows at once: tick the rows, press Edit selected, and save the change once.
            Undo brings every row back.
            """;

    /** A bullet list under a heading that is not "What we built". */
    static final String BULLETS = """
            # Bulk edit

            ## Problem

            Editing rows one at a time is slow and error-prone for large tables.

            ## How it works

            - Tick the rows you want to change
            - Press **Edit selected**
            - Type the new value and press **Apply to all**
            """;

    /** A bold line as the title, then prose; a risks section that must not be read as the feature. */
    static final String BOLD = """
            **Risks**

            Some people may apply a change to the wrong rows, so we show a count before applying it.

            **Overview**

            Bulk edit lets you change a column for many rows in one go. Select rows with the checkboxes, then use **Edit selected**.
            """;

    private static Map<Channel, String> pieces(String brief) {
        Map<Channel, String> byChannel = new java.util.EnumMap<>(Channel.class);
        for (ReviewQueue.ContentDraft d : Onboarding.content(BULK, brief, List.of(), Map.of())) {
            byChannel.put(d.channel(), d.draft().body());
        }
        return byChannel;
    }

    @Test
    void plainParagraphs() {
        assertEquals("You can now edit many rows at once: tick the rows, press Edit selected, and save the change once.",
                CopyFacts.howTo(PLAIN));
        Map<Channel, String> p = pieces(PLAIN);
        assertEquals("New: edit many rows at once.", p.get(Channel.TOOLTIP));
        assertEquals("1. Tick the rows.\n2. Press Edit selected.\n3. Save the change once.", p.get(Channel.WALKTHROUGH));
        assertEquals("Change many rows at once. You can now edit many rows at once: tick the rows, press Edit selected, and save the"
                + " change once. Undo brings every row back.", p.get(Channel.WHATS_NEW));
    }

    @Test
    void aBulletList() {
        assertEquals("Tick the rows you want to change.", CopyFacts.howTo(BULLETS));
        Map<Channel, String> p = pieces(BULLETS);
        assertEquals("1. Tick the rows you want to change.\n2. Press Edit selected.\n3. Type the new value and press Apply to all.",
                p.get(Channel.WALKTHROUGH));
        assertEquals("New: tick the rows you want to change. Start with Edit selected.", p.get(Channel.TOOLTIP));
    }

    @Test
    void aBoldTitleAfterRisks() {
        assertEquals("Bulk edit lets you change a column for many rows in one go.", CopyFacts.howTo(BOLD));
        Map<Channel, String> p = pieces(BOLD);
        assertEquals("Change many rows at once. Bulk edit lets you change a column for many rows in one go. Select rows with the"
                + " checkboxes, then use Edit selected.", p.get(Channel.WHATS_NEW));
        assertEquals("1. Select rows with the checkboxes, then use Edit selected.\n2. Bulk opened.\n3. Rows selected.",
                p.get(Channel.WALKTHROUGH));
    }
}
