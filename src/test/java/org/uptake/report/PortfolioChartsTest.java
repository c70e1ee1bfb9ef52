package org.uptake.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portfolio's weekly chart marks the week the data ends in as partial, so its drop does not read as a collapse. */
class PortfolioChartsTest {

    @Test
    void theWeekTheDataEndsInIsLabelledPartialWithItsDays() {
        LocalDate asOf = LocalDate.of(2026, 3, 16);
        assertEquals(List.of("03-09", "03-16 (partial: 1 of 7 days)", "03-09"),
                List.of(PortfolioCharts.weekLabel(LocalDate.of(2026, 3, 9), asOf), PortfolioCharts.weekLabel(asOf, asOf),
                        PortfolioCharts.weekLabel(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15))));
    }
}
