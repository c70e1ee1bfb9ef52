package org.uptake.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.uptake.model.Feature;

/** Builds {@link CrossBreakdown}s from the window's people the adoption analysis reads (and remembers). */
public final class CrossTabulation {

    private final AdoptionAnalysis adoption;

    /** Pivots of the people {@code adoption} reads. */
    public CrossTabulation(AdoptionAnalysis adoption) {
        this.adoption = adoption;
    }

    /** Adoption in [from, to] (null: launch and the last event) by {@code rowAttribute} × {@code columnAttribute}. */
    public CrossBreakdown of(String featureKey, LocalDate from, LocalDate to, String rowAttribute, String columnAttribute) {
        String rowBy = CrossBreakdown.attribute(rowAttribute);
        String columnBy = CrossBreakdown.attribute(columnAttribute);
        if (rowBy.equals(columnBy)) {
            throw new IllegalArgumentException("A cross breakdown needs two different attributes, not " + rowBy + " twice.");
        }
        Feature feature = adoption.feature(featureKey);
        LocalDate start = from == null ? feature.launchedAt() : from;
        LocalDate last = adoption.lastDay();
        LocalDate end = to != null ? to : last == null ? feature.launchedAt() : last;
        FeaturePeople data = adoption.read(feature, start, end);
        // Row → column → {active, adopters}; sorted maps give the pivot its order.
        Map<String, Map<String, int[]>> pivot = new TreeMap<>();
        Map<String, int[]> rowTotals = new TreeMap<>();
        Map<String, int[]> columnTotals = new TreeMap<>();
        int adopters = 0;
        for (FeaturePeople.Person p : data.active.values()) {
            String row = AdoptionAnalysis.valueOf(p, rowBy);
            String column = AdoptionAnalysis.valueOf(p, columnBy);
            int adopted = data.firstAdoption(p.id()) == Long.MAX_VALUE ? 0 : 1;
            adopters += adopted;
            for (int[] counts : List.of(pivot.computeIfAbsent(row, r -> new TreeMap<>()).computeIfAbsent(column, c -> new int[2]),
                    rowTotals.computeIfAbsent(row, r -> new int[2]), columnTotals.computeIfAbsent(column, c -> new int[2]))) {
                counts[0]++;
                counts[1] += adopted;
            }
        }
        List<CrossBreakdown.Cell> cells = new ArrayList<>();
        pivot.forEach((row, columns) -> columns.forEach((column, c) ->
                cells.add(new CrossBreakdown.Cell(row, column, c[0], c[1], Stats.rate(c[1], c[0])))));
        return new CrossBreakdown(feature.key(), start, end, rowBy, columnBy, List.copyOf(rowTotals.keySet()),
                List.copyOf(columnTotals.keySet()), cells, totals(rowTotals), totals(columnTotals), data.active.size(), adopters);
    }

    private static List<AdoptionSummary.Breakdown> totals(Map<String, int[]> counts) {
        List<AdoptionSummary.Breakdown> rows = new ArrayList<>();
        counts.forEach((value, c) -> rows.add(new AdoptionSummary.Breakdown(value, c[0], c[1], Stats.rate(c[1], c[0]))));
        return rows;
    }
}
