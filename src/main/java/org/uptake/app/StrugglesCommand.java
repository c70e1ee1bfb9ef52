package org.uptake.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.model.Progress;
import org.uptake.model.SignalKind;
import org.uptake.report.BugReport;
import org.uptake.struggle.BugSuspect;
import org.uptake.struggle.EarlyWarning;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StruggleComparison;
import org.uptake.struggle.StruggleReport;
import org.uptake.struggle.StrugglingPerson;
import org.uptake.workspace.ExportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake struggles <ws> --feature K}: signals by kind, clusters, bug suspects, the early-warning figure. */
@Command(name = "struggles", description = "Who struggles with a feature and why: signals by kind, clusters of struggling"
        + " people (odds ratio, p-value), bug suspects, and the share of ticket filers whose struggle showed first.")
final class StrugglesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Mixin
    WindowOptions dates;

    @Mixin
    ExportOptions exports;

    @Mixin
    CompareOption compare;

    @Option(names = "--people", description = "Also list every struggling person with their signals.")
    boolean people;

    @Option(names = "--bug-report", paramLabel = "FILE", description = "Write the suspected defects to FILE: .md (Markdown),"
            + " .csv (Jira import) or .json (GitHub issues).")
    Path bugReport;

    @Override
    public Integer call() {
        compare.check(options);
        if (compare.asked()) {
            if (bugReport != null || people) {
                throw options.usage("--compare prints the two windows' figures only; leave out --people and --bug-report");
            }
            StruggleComparison c = target.workspace.read(services -> services.strugglePeriods().compare(target.feature,
                    compare.periods(dates, services.adoption().lastDay()), Progress.NONE));
            options.print(c, ComparisonText.of(c.featureName() + " — struggles", c.current(), c.other(), c.figures(),
                    java.util.List.of("Struggle share: of the people who entered the feature in a window, the share struggling;"
                            + " ticket rate: of the people active in it, the share who filed a ticket about the feature."),
                    c.method(), c.caveats()));
            return 0;
        }
        if (bugReport != null) {
            BugReport.Format.of(bugReport);
        }
        ExportFile bugFile = exports.target(bugReport, target.workspace.folder);
        int[] version = new int[1];
        String[] definition = new String[1];
        StruggleReport report = target.workspace.read(services -> {
            services.featureVersions().latest(target.feature).ifPresent(v -> {
                version[0] = v.version();
                definition[0] = v.label();
            });
            return services.struggles().analyze(target.feature, dates.from, dates.to, Progress.NONE);
        });
        if (bugFile != null) {
            BugReport.write(BugReport.bugs(report.feature(), report.bugSuspects()), bugFile);
        }
        options.print(StrugglesJson.of(report, version[0], people), toText(report, definition[0], people));
        return 0;
    }

    /** {@code definition}: the definition the figures come from ("definition v3, 29 Nov 2026"), null when there is none. */
    static String toText(StruggleReport r, String definition, boolean withPeople) {
        StringBuilder t = new StringBuilder();
        t.append(String.format("%s — struggles from %s to %s%s%n", r.feature().name(), r.from(), r.to(),
                definition == null ? "" : " · " + definition));
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
