package org.uptake.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.adoption.AdopterRetention;

/** The impact report's words about who stays. */
class RetentionSectionTest {

    @Test
    void theSentenceReadsTheLastCompleteWeek() {
        AdopterRetention r = new AdopterRetention("charts", "Charts", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 25), List.of(),
                List.of(new AdopterRetention.Week(LocalDate.of(2026, 3, 2), 3, 3, 1.0, 0, 0),
                        new AdopterRetention.Week(LocalDate.of(2026, 3, 9), 3, 5, 0.6, 3, 1)), null);
        assertEquals("In the last complete week (from 2026-03-09), 3 of 5 adopters used it: stickiness 60%.", RetentionSection.sentence(r));
    }

    @Test
    void withoutACompleteWeekItSaysSoAndKeepsTheCaveat() {
        AdopterRetention r = new AdopterRetention("charts", "Charts", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), List.of(),
                List.of(), "the data starts 3 days after launch");
        assertEquals("No complete week since launch yet: stickiness cannot be measured. Caveat: the data starts 3 days after launch.",
                RetentionSection.sentence(r));
    }
}
