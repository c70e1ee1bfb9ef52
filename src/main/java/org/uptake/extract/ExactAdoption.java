package org.uptake.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.uptake.model.ExtractFigure;
import org.uptake.model.ExtractSource;
import org.uptake.model.Quantiles;
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
        return source.flatMap(s -> of(store, s, featureKey));
    }

    /** The feature's exact figures in one extract, if it counted the feature. */
    static Optional<ExactAdoption> of(ExtractStore store, ExtractSource source, String featureKey) {
        return Optional.of(new ExactAdoption(store.figures(source.batchId(), featureKey))).filter(e -> !e.figures.isEmpty());
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
    public SortedMap<String, long[]> cells(String dimension) {
        SortedMap<String, long[]> cells = new TreeMap<>();
        for (ExtractFigure f : figures) {
            if (f.dimension().equals(dimension) && (f.figure().equals("active") || f.figure().equals("adopters"))) {
                cells.computeIfAbsent(f.item(), k -> new long[2])[f.figure().equals("active") ? 0 : 1] = Math.round(f.amount());
            }
        }
        return cells;
    }

    /** Everything above in one record, for a screen or a command; a kind the extract lacks stays empty (or null). */
    public ExactCounts counts(ExtractSource source) {
        List<ExactCounts.Step> steps = new ArrayList<>();
        figures.stream().filter(f -> f.figure().equals("funnel-step"))
                .forEach(f -> steps.add(new ExactCounts.Step(Integer.parseInt(f.dimension()), f.item(), Math.round(f.amount()))));
        steps.sort((a, b) -> Integer.compare(a.step(), b.step()));
        ExactCounts.Cell target = has("active", "target") ? new ExactCounts.Cell("target", active("target", "target"),
                adopters("target", "target")) : null;
        return new ExactCounts(source, active("all", "all"), adopters("all", "all"), target, cellList("segment"), cellList("plan"),
                cellList("role"), cellList("platform"), steps, has("abandoned", "all") ? abandoned() : null, firstUse(false), firstUse(true));
    }

    private List<ExactCounts.Cell> cellList(String dimension) {
        List<ExactCounts.Cell> cells = new ArrayList<>();
        cells(dimension).forEach((item, cell) -> cells.add(new ExactCounts.Cell(item, cell[0], cell[1])));
        return cells;
    }

    /** Null when the extract carries no first-use times although the feature has adopters, or no target audience (an older job's extract). */
    private ExactCounts.FirstUse firstUse(boolean target) {
        String figure = target ? "first-use-ms-target" : "first-use-ms";
        long adopters = target ? adopters("target", "target") : adopters("all", "all");
        if (target && !has("active", "target") || adopters > 0 && figures.stream().noneMatch(f -> f.figure().equals(figure))) {
            return null;
        }
        double[] days = firstUseDays(target);
        long within7 = Arrays.stream(days).filter(d -> d <= 7).count();
        return new ExactCounts.FirstUse(days.length, Quantiles.median(days), Quantiles.p75(days),
                days.length == 0 ? 0 : within7 / (double) days.length, amount(figure, "left-out"));
    }

    private boolean has(String figure, String dimension) {
        return figures.stream().anyMatch(f -> f.figure().equals(figure) && f.dimension().equals(dimension));
    }

    private long amount(String figure, String dimension) {
        return figures.stream().filter(f -> f.figure().equals(figure) && f.dimension().equals(dimension))
                .mapToLong(f -> Math.round(f.amount())).sum();
    }

    private long amount(String figure, String dimension, String item) {
        return figures.stream().filter(f -> f.figure().equals(figure) && f.dimension().equals(dimension) && f.item().equals(item))
                .mapToLong(f -> Math.round(f.amount())).sum();
    }
}
