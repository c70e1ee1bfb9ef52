package org.uptake.struggle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.model.Feature;

/** A ticket belongs to one feature: the one it is tagged for, else the one its text is closest to. */
class TicketDetectorTest {

    private static Feature feature(String key, String name, String problem, List<String> metricTags) {
        return new Feature(key, name, LocalDate.of(2026, 3, 2), problem, List.of(), new Feature.AdoptionGoal("x", 0.2, 30), List.of(),
                null, List.of(), List.of(), metricTags.isEmpty() ? List.of()
                        : List.of(new Feature.SuccessMetric("tickets", null, null, metricTags, "lower")), null);
    }

    private static Ticket ticket(String id, String text, String... tags) {
        return new Ticket(id, 1, Instant.parse("2026-03-05T10:00:00Z"), text, "", List.of(tags));
    }

    @Test
    void ticketsGoToTheFeatureTheyAreTaggedForOrClosestTo() {
        Feature boards = feature("boards", "Boards", "People cannot arrange widgets on a board", List.of());
        Feature exports = feature("exports", "Scheduled exports", "Analysts download the same report every week", List.of("export-problems"));
        List<Ticket> tickets = List.of(
                ticket("T1", "Cannot arrange widgets on my board"),
                ticket("T2", "My weekly report download is wrong"),
                ticket("T3", "Widgets board arrange broken", "export-problems"),
                ticket("T4", "Arrange widgets on a board please", "exports"),
                ticket("T5", "Board widgets will not arrange", "boards", "exports"));
        TicketDetector detector = new TicketDetector(TextSimilarities.tfIdf(), null);
        List<String> ours = detector.match(boards, "", tickets, List.of(new TicketDetector.Other(exports, "")))
                .stream().map(m -> m.ticket().ticketId()).sorted().toList();
        // T2 is closer to exports; T3 carries exports' metric tag; T4 is tagged for exports; T5 is tagged for both.
        assertEquals(List.of("T1", "T5"), ours);
    }
}
