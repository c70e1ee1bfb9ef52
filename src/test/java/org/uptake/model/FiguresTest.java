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
    void aFigureThatCannotBeComputedSaysSo() {
        assertEquals(List.of("–", "–", "–", ""), List.of(Figures.percent(Double.NaN, 1), Figures.points(Double.NaN),
                Figures.days(Double.NaN), Figures.exact(Double.NaN)));
    }
}
