package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.uptake.adoption.AdoptionSummary;

/** What {@code adoption --json} prints, key by key in this order. */
record AdoptionJson(String feature, String name, int definitionVersion, LocalDate launchedAt, LocalDate from, LocalDate to, long daysSinceLaunch,
        int activePeople, int adopters, double adoptionRate, double target, int targetWithinDays, double pace, boolean aheadOfPace,
        Audience targetAudience, List<Row> bySegment, List<Row> byPlan, List<Row> byRole, List<Row> byMainPlatform,
        TimeToFirstUse timeToFirstUse, int abandoned, double abandonmentRate, int reverted, int stopped,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate dataStart, List<String> caveats,
        @JsonInclude(JsonInclude.Include.NON_NULL) ExactJson exact) {

    /** The summary and the number of the definition it was computed with. */
    static AdoptionJson of(AdoptionSummary s, int definitionVersion) {
        return of(s, definitionVersion, null);
    }

    /** With {@code exact}: the figures a Spark extract counted on the cluster (null when the data did not come from one). */
    static AdoptionJson of(AdoptionSummary s, int definitionVersion, ExactJson exact) {
        AdoptionSummary.TargetAudience a = s.targetAudience();
        List<String> caveats = new ArrayList<>();
        if (s.caveat() != null) {
            caveats.add("Adoption and depth: " + s.caveat() + ".");
            caveats.add("Time to first use: " + s.timeToFirstUseCaveat() + ".");
        }
        return new AdoptionJson(s.featureKey(), s.featureName(), definitionVersion, s.launchedAt(), s.from(), s.to(), s.daysSinceLaunch(),
                s.activePeople(), s.adopters(), s.adoptionRate(), s.target(), s.targetWithinDays(), s.pace(), s.aheadOfPace(),
                new Audience(a.segments(), a.activePeople(), a.adopters(), a.adoptionRate(), TimeToFirstUse.of(a.timeToFirstUse())),
                Row.of("segment", s.bySegment()), Row.of("plan", s.byPlan()), Row.of("role", s.byRole()),
                Row.of("mainPlatform", s.byPlatform()), TimeToFirstUse.of(s.timeToFirstUse()), s.abandoned(), s.abandonmentRate(),
                s.reverted(), s.stopped(), s.dataStart(), caveats, exact);
    }

    /** The feature's target segments and their adoption. */
    record Audience(List<String> segments, int activePeople, int adopters, double adoptionRate, TimeToFirstUse timeToFirstUse) {
    }

    /** Time to first use; a figure that cannot be computed (no adopters yet) is null, never NaN. */
    record TimeToFirstUse(int adopters, Double medianDays, Double p75Days, double within7Days, int leftOut) {

        static TimeToFirstUse of(AdoptionSummary.TimeToFirstUse t) {
            return new TimeToFirstUse(t.adopters(), finite(t.medianDays()), finite(t.p75Days()), t.within7Days(), t.leftOut());
        }

        private static Double finite(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }

    /** One value of an attribute, named by the attribute ("segment": "smb"), first. */
    @JsonPropertyOrder({"attribute", "activePeople", "adopters", "adoptionRate"})
    record Row(@JsonAnyGetter Map<String, String> attribute, int activePeople, int adopters, double adoptionRate) {

        static List<Row> of(String attribute, List<AdoptionSummary.Breakdown> rows) {
            return rows.stream().map(b -> new Row(Collections.singletonMap(attribute, b.value()), b.activePeople(), b.adopters(),
                    b.adoptionRate())).toList();
        }
    }
}
