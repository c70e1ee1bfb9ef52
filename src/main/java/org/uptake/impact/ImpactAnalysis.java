package org.uptake.impact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.Retention;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.adoption.FunnelReport;
import org.uptake.adoption.Participant;
import org.uptake.model.Feature;
import org.uptake.model.FeatureRef;
import org.uptake.model.Progress;
import org.uptake.outreach.CampaignConversion;
import org.uptake.outreach.CampaignConversions;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleReport;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/**
 * Whether a feature solved the problem it was built for (DESIGN §5 "Impact"): every success metric
 * measured with its confidence and caveats, next to adoption, struggles and outreach, summed up in
 * plain words with recommendations. The same report feeds the Impact screen, the CLI and the PDF.
 */
public final class ImpactAnalysis {

    static final long SEED = 20_260_302L;
    private final org.uptake.workspace.FeatureVersions versions;
    private final Workspace workspace;
    private final AdoptionAnalysis adoption;
    private final StruggleAnalysis struggles;
    private final CampaignConversions conversions;
    private final ImpactQueries queries;
    private final Retention retention;

    public ImpactAnalysis(Workspace workspace, AdoptionAnalysis adoption, Retention retention, StruggleAnalysis struggles,
            CampaignConversions conversions, org.uptake.workspace.FeatureVersions versions) {
        this.workspace = workspace;
        this.versions = versions;
        this.adoption = adoption;
        this.retention = retention;
        this.struggles = struggles;
        this.conversions = conversions;
        this.queries = new ImpactQueries(workspace);
    }

    /** The full report; {@code record} keeps it in the workspace as a history of what was reported when. */
    public ImpactReport report(String featureKey, boolean record, Progress progress) {
        Feature feature = adoption.feature(featureKey);
        java.util.Optional<org.uptake.model.FeatureVersion> used = versions.latest(featureKey);
        LocalDate[] days = queries.dataDays();
        if (days == null) {
            throw new IllegalArgumentException("The workspace has no events yet: import some first.");
        }
        progress.update(0, 0, "Measuring adoption");
        AdoptionSummary summary = adoption.summary(featureKey, null, null);
        FunnelReport funnel = feature.funnel().isEmpty() ? null
                : adoption.funnel(featureKey, FunnelReport.Breakdown.SEGMENT, AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS, null, null);
        StruggleReport struggle = struggles.analyze(featureKey, null, null, progress);
        List<CampaignConversion> campaigns = conversions.of(featureKey);
        progress.update(0, 0, "Measuring success metrics");
        List<String> context = context(feature, days[1]);
        MetricMeasure measure = new MetricMeasure(queries, SEED);
        List<MetricImpact> metrics = new ArrayList<>();
        List<ImpactReport.WeeklyTickets> tickets = new ArrayList<>();
        for (Feature.SuccessMetric m : feature.successMetrics()) {
            metrics.add(measure.measure(feature, m, days[0], days[1], context));
            if (!m.ticketTags().isEmpty()) {
                tickets.add(weekly(m, days[0], days[1]));
            }
        }
        FeatureParticipants participants = adoption.participants(featureKey, null, null);
        ImpactReport report = new ImpactReport(feature, days[1], Instant.now(), summary, adoption.curve(featureKey, null),
                retention.of(featureKey), funnel, struggle,
                campaigns, metrics, tickets, Summary.write(feature, summary, participants, metrics),
                Recommendations.write(feature, summary, struggle, campaigns, metrics),
                used.map(org.uptake.model.FeatureVersion::version).orElse(0), used.map(org.uptake.model.FeatureVersion::label).orElse(""));
        if (record) {
            queries.recordReport(featureKey, json(report).toString());
        }
        return report;
    }

    /** What else changed around the launch: other features launched and campaigns sent in the measured weeks. */
    private List<String> context(Feature feature, LocalDate lastDay) {
        List<String> notes = new ArrayList<>();
        LocalDate from = feature.launchedAt().minusDays(28);
        for (FeatureRef other : new FeatureQueries(workspace).list()) {
            if (!other.key().equals(feature.key()) && !other.launchedAt().isBefore(from) && !other.launchedAt().isAfter(lastDay)) {
                notes.add("What else changed: " + other.name() + " launched on " + other.launchedAt() + ", inside the measured weeks.");
            }
        }
        for (Object[] c : queries.campaigns(MetricMeasure.ms(feature.launchedAt()), MetricMeasure.ms(lastDay.plusDays(1)))) {
            notes.add(String.format("What else changed: campaign %s reached %,d people on %s; part of their adoption is the campaign's.",
                    c[0], (Integer) c[2], ((Instant) c[1]).atOffset(ZoneOffset.UTC).toLocalDate()));
        }
        return notes;
    }

    private ImpactReport.WeeklyTickets weekly(Feature.SuccessMetric m, LocalDate first, LocalDate last) {
        Set<String> tags = new HashSet<>();
        m.ticketTags().forEach(t -> tags.add(t.toLowerCase(Locale.ROOT)));
        Map<Long, Integer> byWeek = new TreeMap<>();
        long firstWeek = Math.floorDiv(first.toEpochDay() - 4, 7);
        long lastWeek = Math.floorDiv(last.toEpochDay() - 4, 7);
        for (long w = firstWeek; w <= lastWeek; w++) {
            byWeek.put(w, 0);
        }
        for (Instant t : queries.tickets(tags)) {
            long week = Math.floorDiv(Math.floorDiv(t.toEpochMilli(), MetricMeasure.DAY) - 4, 7);
            byWeek.computeIfPresent(week, (k, v) -> v + 1);
        }
        List<LocalDate> weeks = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        byWeek.forEach((w, n) -> {
            weeks.add(LocalDate.ofEpochDay(w * 7 + 4));
            counts.add(n);
        });
        return new ImpactReport.WeeklyTickets(m.name(), weeks, counts);
    }

    /** The figures of a report as JSON (the CLI prints it; exports write it). */
    public static ObjectNode json(ImpactReport r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("feature", r.feature().key()).put("name", r.feature().name())
                .put("definitionVersion", r.definitionVersion()).put("launchedAt", r.feature().launchedAt().toString()).put("asOf", r.asOf().toString()).put("summary", r.summary());
        AdoptionSummary a = r.adoption();
        ObjectNode adoption = root.putObject("adoption").put("activePeople", a.activePeople()).put("adopters", a.adopters())
                .put("adoptionRate", a.adoptionRate()).put("target", a.target()).put("pace", a.pace()).put("aheadOfPace", a.aheadOfPace())
                .put("within7Days", a.timeToFirstUse().within7Days());
        put(adoption, "timeToFirstUseMedianDays", a.timeToFirstUse().medianDays());
        AdoptionSummary.TargetAudience audience = a.targetAudience();
        ObjectNode target = adoption.putObject("targetAudience");
        audience.segments().forEach(target.putArray("segments")::add);
        target.put("activePeople", audience.activePeople()).put("adopters", audience.adopters()).put("adoptionRate", audience.adoptionRate())
                .put("within7Days", audience.timeToFirstUse().within7Days());
        put(target, "timeToFirstUseMedianDays", audience.timeToFirstUse().medianDays());
        if (a.caveat() != null) {
            adoption.putArray("caveats").add(a.caveat()).add(a.timeToFirstUseCaveat());
        }
        ArrayNode metrics = root.putArray("metrics");
        for (MetricImpact m : r.metrics()) {
            ObjectNode node = metrics.addObject().put("name", m.name()).put("method", m.method()).put("better", m.better())
                    .put("confidence", m.confidence().label()).put("improved", m.improved()).put("verdict", m.verdict())
                    .put("adopters", m.adopters()).put("others", m.others()).put("weeksBefore", m.weeksBefore()).put("weeksAfter", m.weeksAfter());
            put(node, "before", m.before());
            put(node, "after", m.after());
            put(node, "othersBefore", m.othersBefore());
            put(node, "othersAfter", m.othersAfter());
            if (m.effect() != null) {
                node.putObject("change").put("value", m.effect().value()).put("low", m.effect().low()).put("high", m.effect().high());
            }
            if (m.placebo() != null) {
                node.putObject("placebo").put("value", m.placebo().value()).put("low", m.placebo().low()).put("high", m.placebo().high())
                        .put("passes", m.placeboPasses());
            }
            m.caveats().forEach(node.putArray("caveats")::add);
        }
        StruggleReport s = r.struggles();
        root.putObject("struggles").put("strugglingPeople", s.struggling().size()).put("entrants", s.entrants())
                .put("clusters", s.clusters().size()).put("bugSuspects", s.bugSuspects().stream().filter(b -> b.defect()).count())
                .put("earlyWarningShare", s.earlyWarning().share());
        ArrayNode campaigns = root.putArray("campaigns");
        for (CampaignConversion c : r.campaigns()) {
            ObjectNode node = campaigns.addObject().put("campaign", c.campaignId()).put("sentAt", c.sentAt().toString())
                    .put("contacted", c.contacted().people()).put("control", c.control().people());
            if (c.observed48h()) {
                node.put("contactedRate48h", c.contacted().rate48h()).put("controlRate48h", c.control().rate48h());
            }
            // Never NaN: a window the data does not cover, or a campaign without control, carries its reason instead.
            if (c.within48h().measured()) {
                node.put("uplift48h", c.within48h().value()).put("low", c.within48h().low()).put("high", c.within48h().high());
            } else {
                node.put("notMeasurable", c.within48h().notMeasurable());
            }
        }
        r.recommendations().forEach(root.putArray("recommendations")::add);
        return root;
    }

    private static void put(ObjectNode node, String name, double value) {
        if (!Double.isNaN(value)) {
            node.put(name, value);
        }
    }

    /** Abandoned people's share on mobile, for the summary ("mostly on mobile"). */
    static double mobileShareOfAbandoned(FeatureParticipants p) {
        long abandoned = p.active().stream().filter(p::abandoned).count();
        long mobile = p.active().stream().filter(p::abandoned).map(Participant::entryPlatform)
                .filter(x -> x != null && Set.of("ios", "android", "mobile").contains(x.toLowerCase(Locale.ROOT))).count();
        return abandoned == 0 ? Double.NaN : mobile / (double) abandoned;
    }
}
