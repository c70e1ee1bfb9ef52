package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.uptake.extract.ExactCounts;
import org.uptake.model.ExtractSource;

/**
 * What {@code adoption --json} adds as {@code exact} when the data came from a Spark extract: the figures the cluster
 * counted over everyone, whole period. A kind the extract did not carry is left out (null) or an empty list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExactJson(@JsonUnwrapped Source source, long adopters, long activePeople, Cell targetAudience, List<Cell> bySegment,
        List<Cell> byPlan, List<Cell> byRole, List<Cell> byMainPlatform, Integer funnelWindowDays, List<ExactCounts.Step> funnel,
        Long abandoned, FirstUse timeToFirstUse, FirstUse targetTimeToFirstUse) {

    static ExactJson of(ExactCounts c) {
        ExactCounts.Cell t = c.targetAudience();
        return new ExactJson(Source.of(c.source()), c.adopters(), c.activePeople(), t == null ? null : new Cell(Map.of(), t.adopters(), t.activePeople()),
                Cell.of("segment", c.bySegment()), Cell.of("plan", c.byPlan()), Cell.of("role", c.byRole()),
                Cell.of("mainPlatform", c.byPlatform()), c.funnel().isEmpty() ? null : ExactCounts.FUNNEL_WINDOW_DAYS,
                c.funnel().isEmpty() ? null : c.funnel(), c.abandoned(), FirstUse.of(c.timeToFirstUse()), FirstUse.of(c.targetTimeToFirstUse()));
    }

    /** Time to first use as the cluster counted it; a figure that cannot be computed (no adopters measured) is null, never NaN. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FirstUse(int adopters, Double medianDays, Double p75Days, double within7Days, long leftOut) {

        static FirstUse of(ExactCounts.FirstUse f) {
            return f == null ? null : new FirstUse(f.adopters(), finite(f.medianDays()), finite(f.p75Days()), f.within7Days(), f.leftOut());
        }

        private static Double finite(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }

    /** Where the exact figures were counted: the cluster, when the job ran, the people it saw and the share of them sampled. */
    record Source(String cluster, String computedAt, LocalDate firstDay, LocalDate lastDay, long people, long peopleSampled,
            double sampleFraction) {

        static Source of(ExtractSource s) {
            return new Source(s.cluster(), s.createdAt(), s.firstDay(), s.lastDay(), s.people(), s.peopleSampled(), s.sampleFraction());
        }
    }

    /** One value of an attribute, named by the attribute ("segment": "smb"), then its adopters and active people. */
    @JsonPropertyOrder({"attribute", "adopters", "active"})
    record Cell(@JsonAnyGetter Map<String, String> attribute, long adopters, long active) {

        static List<Cell> of(String attribute, List<ExactCounts.Cell> cells) {
            return cells.stream().map(c -> new Cell(Collections.singletonMap(attribute, c.value()), c.adopters(), c.activePeople())).toList();
        }
    }
}
