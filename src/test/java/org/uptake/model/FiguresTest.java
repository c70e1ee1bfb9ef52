package org.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers read the same on every machine, whatever its default locale. */
class FiguresTest {

    @Test
    void aGermanOrFrenchDefaultLocaleChangesNothing() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.GERMANY, Locale.FRANCE, Locale.US)) {
                Locale.setDefault(locale);
                assertEquals(List.of("2,780", "34.0%", "-13.9%", "+18 points", "1,234.57", "3.6 days", "0.3399"),
                        List.of(Figures.count(2780), Figures.percent(0.33992805755395683, 1), Figures.signedPercent(-0.1389, 1),
                                Figures.points(0.18), Figures.decimal(1234.5678, 2), Figures.days(3.57829), Figures.exact(0.3399)),
                        locale.toString());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aCountIsGroupedByThousandsAsTheFormatterGroupsIt() {
        assertEquals(List.of("0", "7", "-7", "999", "1,000", "-1,000", "12,345", "-123,456", "1,234,567", "9,223,372,036,854,775,807",
                "-9,223,372,036,854,775,808"), List.of(Figures.count(0), Figures.count(7), Figures.count(-7), Figures.count(999),
                Figures.count(1000), Figures.count(-1000), Figures.count(12345), Figures.count(-123456), Figures.count(1234567),
                Figures.count(Long.MAX_VALUE), Figures.count(Long.MIN_VALUE)));
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            long n = random.nextLong() >> random.nextInt(64);
            assertEquals(String.format(Figures.LOCALE, "%,d", n), Figures.count(n), Long.toString(n));
        }
    }

    @Test
    void aFigureThatCannotBeComputedSaysSo() {
        assertEquals(List.of("–", "–", "–", ""), List.of(Figures.percent(Double.NaN, 1), Figures.points(Double.NaN),
                Figures.days(Double.NaN), Figures.exact(Double.NaN)));
    }
}
