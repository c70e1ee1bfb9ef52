package org.uptake.app;

import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.CrossBreakdown;
import org.uptake.model.Figures;

/** A cross breakdown as {@code uptake adoption --cross} prints it: rates with counts, a row per value, totals last. */
final class CrossText {

    private CrossText() {
    }

    static String of(CrossBreakdown x) {
        StringBuilder t = new StringBuilder(String.format("Adoption of %s by %s × %s, %s to %s (adopters of active people)%n",
                x.featureKey(), x.rowAttribute(), x.columnAttribute(), x.from(), x.to()));
        t.append(String.format("%-16s", x.rowAttribute() + " \\ " + x.columnAttribute()));
        x.columns().forEach(c -> t.append(String.format(" %20s", c)));
        t.append(String.format(" %20s%n", "all"));
        for (int r = 0; r < x.rows().size(); r++) {
            String row = x.rows().get(r);
            t.append(String.format("%-16s", row));
            for (String column : x.columns()) {
                CrossBreakdown.Cell cell = x.cell(row, column);
                t.append(String.format(" %20s", cell == null ? "—" : cell(cell.adoptionRate(), cell.adopters(), cell.activePeople())));
            }
            AdoptionSummary.Breakdown total = x.rowTotals().get(r);
            t.append(String.format(" %20s%n", cell(total.adoptionRate(), total.adopters(), total.activePeople())));
        }
        t.append(String.format("%-16s", "all"));
        x.columnTotals().forEach(c -> t.append(String.format(" %20s", cell(c.adoptionRate(), c.adopters(), c.activePeople()))));
        t.append(String.format(" %20s", cell(x.activePeople() == 0 ? 0 : x.adopters() / (double) x.activePeople(), x.adopters(),
                x.activePeople())));
        return t.toString();
    }

    private static String cell(double rate, int adopters, int active) {
        return Figures.percent(rate, 1) + " (" + Figures.count(adopters) + "/" + Figures.count(active) + ")";
    }
}
