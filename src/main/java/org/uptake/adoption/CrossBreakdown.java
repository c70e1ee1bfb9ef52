package org.uptake.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * Adoption by two attributes at once (segment × plan, platform × role, any pair): a pivot of the people
 * active in the window, with the adopters and the adoption rate of each cell (the summary's definition:
 * adopted by the window's end), and the totals of each row and column.
 *
 * @param rows    the row attribute's values, sorted ("(none)" for people without one)
 * @param columns the column attribute's values, sorted
 * @param cells   every row × column pair that holds someone, row by row
 */
public record CrossBreakdown(String featureKey, LocalDate from, LocalDate to, String rowAttribute, String columnAttribute,
        List<String> rows, List<String> columns, List<Cell> cells, List<AdoptionSummary.Breakdown> rowTotals,
        List<AdoptionSummary.Breakdown> columnTotals, int activePeople, int adopters) {

    /** The attributes people can be broken down by, as the CLI spells them ("platform" is the main platform). */
    public static final List<String> ATTRIBUTES = List.of("segment", "plan", "role", "platform");

    public CrossBreakdown {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
    }

    /** Active people with one row value and one column value, and how many of them adopted. */
    public record Cell(String row, String column, int activePeople, int adopters, double adoptionRate) {
    }

    /** The cell at a row and column, or null when nobody has that pair. */
    public Cell cell(String row, String column) {
        return cells.stream().filter(c -> c.row().equals(row) && c.column().equals(column)).findFirst().orElse(null);
    }

    /** The attribute as the CLI spells it, or a one-line message naming the ones there are. */
    public static String attribute(String name) {
        String a = name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
        if (a.equals("main platform")) {
            return "platform";
        }
        if (!ATTRIBUTES.contains(a)) {
            throw new IllegalArgumentException("Cannot break adoption down by '" + name + "': use two of " + String.join(", ", ATTRIBUTES) + ".");
        }
        return a;
    }
}
