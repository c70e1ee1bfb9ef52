package org.uptake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.uptake.model.ExtractFigure;
import org.uptake.model.ExtractSource;
import org.uptake.workspace.ExtractStore;

/**
 * A feature's figures as the cluster counted them over every person (not the sample): active
 * people and adopters by segment, plan, role, main platform and target audience; funnel steps;
 * abandoned people; time to first use. Shown as exact.
 */
public final class ExactAdoption {

    private static final double DAY_MS = 86_400_000d;

    private final List<ExtractFigure> figures;

    private ExactAdoption(List<ExtractFigure> figures) {
        this.figures = figures;
    }

    /** The feature's exact figures from the workspace's latest extract, if its data came from one. */
    public static Optional<ExactAdoption> of(ExtractStore store, String featureKey) {
        Optional<ExtractSource> source = store.latest();
        return source.map(s -> new ExactAdoption(store.figures(s.batchId(), featureKey))).filter(e -> !e.figures.isEmpty());
    }

    /** Active people in a cell: dimension "all" (item "all"), "target" (item "target"), "segment", "plan", "role" or "platform". */
    public long active(String dimension, String item) {
        return amount("active", dimension, item);
    }

    public long adopters(String dimension, String item) {
        return amount("adopters", dimension, item);
    }

    /** People who reached funnel step {@code step} (1-based). */
    public long funnelStep(int step) {
        return figures.stream().filter(f -> f.figure().equals("funnel-step") && f.dimension().equals(String.valueOf(step)))
                .mapToLong(f -> Math.round(f.amount())).sum();
    }

    public long abandoned() {
        return amount("abandoned", "all", "all");
    }

    /** The adopters' days to first use, ascending; the target audience's alone when {@code target}; left-censored ones left out. */
    public double[] firstUseDays(boolean target) {
        List<Double> days = new ArrayList<>();
        String figure = target ? "first-use-ms-target" : "first-use-ms";
        for (ExtractFigure f : figures) {
            if (f.figure().equals(figure) && f.dimension().equals("all")) {
                for (long i = 0; i < Math.round(f.amount()); i++) {
                    days.add(Long.parseLong(f.item()) / DAY_MS);
                }
            }
        }
        return days.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The cells of one dimension as item → {active, adopters}, items in order. */
    public java.util.SortedMap<String, long[]> cells(String dimension) {
        java.util.SortedMap<String, long[]> cells = new java.util.TreeMap<>();
        for (ExtractFigure f : figures) {
            if (f.dimension().equals(dimension) && (f.figure().equals("active") || f.figure().equals("adopters"))) {
                cells.computeIfAbsent(f.item(), k -> new long[2])[f.figure().equals("active") ? 0 : 1] = Math.round(f.amount());
            }
        }
        return cells;
    }

    private long amount(String figure, String dimension, String item) {
        return figures.stream().filter(f -> f.figure().equals(figure) && f.dimension().equals(dimension) && f.item().equals(item))
                .mapToLong(f -> Math.round(f.amount())).sum();
    }
}
