package org.uptake.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.model.Evidence;
import org.uptake.model.Progress;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;
import org.uptake.report.BugReport;
import org.uptake.struggle.BugSuspect;
import org.uptake.struggle.EarlyWarning;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StruggleReport;
import org.uptake.struggle.StrugglingPerson;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uptake struggles <ws> --feature K}: signals by kind, clusters, bug suspects, the early-warning figure. */
@Command(name = "struggles", description = "Who struggles with a feature and why: signals by kind, clusters of struggling"
        + " people (odds ratio, p-value), bug suspects, and the share of ticket filers whose struggle showed first.")
final class StrugglesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Mixin
    WindowOptions dates;

    @Mixin
    ExportOptions exports;

    @Option(names = "--people", description = "Also list every struggling person with their signals.")
    boolean people;

    @Option(names = "--bug-report", paramLabel = "FILE", description = "Write the suspected defects to FILE: .md (Markdown),"
            + " .csv (Jira import) or .json (GitHub issues).")
    Path bugReport;

    @Override
    public Integer call() {
        if (bugReport != null) {
            BugReport.Format.of(bugReport);
        }
        ExportFile bugFile = exports.target(bugReport, target.folder);
        StruggleReport report;
        try (Workspace workspace = Workspace.open(target.folder)) {
            report = new StruggleAnalysis(workspace).analyze(target.feature, dates.from, dates.to, Progress.NONE);
        }
        if (bugFile != null) {
            BugReport.write(BugReport.bugs(report.feature(), report.bugSuspects()), bugFile);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(options.json ? Json.write(toJson(report, people)) : toText(report, people));
        return 0;
    }

    static ObjectNode toJson(StruggleReport r, boolean withPeople) {
        ObjectNode root = Json.object()
                .put("feature", r.feature().key())
                .put("name", r.feature().name())
                .put("from", r.from().toString())
                .put("to", r.to().toString())
                .put("activePeople", r.activePeople())
                .put("entrants", r.entrants())
                .put("strugglingPeople", r.struggling().size())
                .put("definition", StrugglingPerson.definition(r.settings().abandonedAttempts()))
                .put("ticketMatching", r.ticketMatch());
        ArrayNode kinds = root.putArray("signalsByKind");
        r.signalsByKind().forEach((kind, count) -> kinds.addObject().put("kind", kind.name().toLowerCase(Locale.ROOT))
                .put("label", kind.label()).put("signals", count).put("people", r.peopleByKind().get(kind)));
        ArrayNode clusters = root.putArray("clusters");
        for (StruggleCluster c : r.clusters()) {
            ObjectNode node = clusters.addObject().put("headline", c.headline()).put("label", c.label());
            c.also().forEach(node.putArray("alsoDescribedAs")::add);
            ArrayNode attributes = node.putArray("attributes");
            c.attributes().forEach(a -> attributes.addObject().put("attribute", a.attribute()).put("value", a.value()));
            node.put("people", c.struggling()).put("entrants", c.members()).put("struggleShare", c.share())
                    .put("baselineShare", c.baseline()).put("oddsRatio", c.oddsRatio()).put("pValue", c.pValue())
                    .put("qValue", c.qValue()).put("confidence", c.confidence());
            ArrayNode ids = node.putArray("userIds");
            r.peopleOf(c).forEach(p -> ids.add(p.person().userId()));
        }
        ArrayNode suspects = root.putArray("bugSuspects");
        for (BugSuspect b : r.bugSuspects()) {
            ObjectNode node = suspects.addObject().put("userId", b.person().userId()).put("reverted", b.reverted())
                    .put("defect", b.defect());
            b.reasons().forEach(node.putArray("reasons")::add);
            evidence(node.putArray("evidence"), b.evidence());
        }
        EarlyWarning w = r.earlyWarning();
        ObjectNode early = root.putObject("earlyWarning").put("ticketPeople", w.ticketPeople())
                .put("detectedBefore", w.detectedBefore()).put("share", w.share());
        ArrayNode rows = early.putArray("people");
        w.people().forEach(p -> {
            ObjectNode row = rows.addObject().put("userId", p.userId()).put("ticketId", p.ticketId())
                    .put("ticketAt", p.ticketAt().toString());
            if (p.firstSignalAt() != null) {
                row.put("firstSignalAt", p.firstSignalAt().toString()).put("firstSignal", p.firstSignal());
            }
        });
        if (withPeople) {
            ArrayNode list = root.putArray("struggling");
            for (StrugglingPerson p : r.struggling()) {
                ObjectNode node = list.addObject().put("userId", p.person().userId()).put("score", p.score())
                        .put("segment", p.person().segment()).put("platform", p.person().mainPlatform())
                        .put("stepReached", p.stepReached());
                evidence(node.putArray("signals"), p.signals());
            }
        }
        return root;
    }

    private static void evidence(ArrayNode array, java.util.List<Signal> signals) {
        for (Signal s : signals) {
            ObjectNode node = array.addObject().put("kind", s.kind().name().toLowerCase(Locale.ROOT)).put("at", s.at().toString())
                    .put("detail", s.detail());
            ArrayNode events = node.putArray("evidence");
            for (Evidence e : s.evidence()) {
                events.addObject().put("at", e.at().toString()).put("source", e.source()).put("name", e.name())
                        .put("target", e.target()).put("detail", e.detail());
            }
        }
    }

    static String toText(StruggleReport r, boolean withPeople) {
        StringBuilder t = new StringBuilder();
        t.append(String.format("%s — struggles from %s to %s%n", r.feature().name(), r.from(), r.to()));
        t.append(String.format("%,d struggling people of %,d who entered the feature (%,d active)%n", r.struggling().size(),
                r.entrants(), r.activePeople()));
        t.append(StrugglingPerson.definition(r.settings().abandonedAttempts())).append('\n');
        t.append("Signals\n");
        r.signalsByKind().forEach((kind, count) -> t.append(String.format("  %-20s %,6d signals, %,5d people%n", kind.label(),
                count, r.peopleByKind().get(kind))));
        t.append("Clusters (odds ratio against everyone who entered the feature; q = Benjamini–Hochberg)\n");
        if (r.clusters().isEmpty()) {
            t.append("  none: no group of people struggles more than the rest beyond chance\n");
        }
        for (StruggleCluster c : r.clusters()) {
            t.append(String.format(Locale.ROOT, "  %s%n    %s · %d of %d struggling · OR %.1f  p %.1e  q %.1e  %s%n", c.headline(),
                    c.label(), c.struggling(), c.members(), c.oddsRatio(), c.pValue(), c.qValue(), c.confidence()));
            if (!c.also().isEmpty()) {
                t.append("    also: ").append(String.join("; ", c.also())).append('\n');
            }
        }
        t.append("Bug suspects\n");
        if (r.bugSuspects().isEmpty()) {
            t.append("  none\n");
        }
        for (BugSuspect b : r.bugSuspects()) {
            t.append(String.format("  %-10s %s  %s%n", b.person().userId(), b.defect() ? "DEFECT " : "       ",
                    String.join("; ", b.reasons())));
        }
        EarlyWarning w = r.earlyWarning();
        t.append(String.format("Early warning: %d of %d people who filed a ticket about the feature struggled visibly before it (%.0f%%)%n",
                w.detectedBefore(), w.ticketPeople(), 100 * w.share()));
        t.append("Tickets matched by ").append(r.ticketMatch());
        if (withPeople) {
            t.append("\nStruggling people\n");
            for (StrugglingPerson p : r.struggling()) {
                t.append(String.format("  %-10s score %2d  %-10s %-8s %s%n", p.person().userId(), p.score(),
                        p.person().segment(), p.person().mainPlatform(),
                        String.join(", ", p.kinds().stream().map(SignalKind::label).toList())));
            }
        }
        return t.toString();
    }
}
