package org.uptake.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.FunnelReport;
import org.uptake.impact.ImpactAnalysis;
import org.uptake.impact.ImpactReport;
import org.uptake.ingest.ImportResult;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.report.ImpactPdf;
import org.uptake.sample.SampleGenerator;
import org.uptake.sample.SampleOptions;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code uptake bench}: the one benchmark run. Generates the large scenario (a million people, about
 * ten million events) when its folder holds none, imports it into a fresh workspace and reports the
 * import rates (CSV and JSON Lines), the adoption summary and funnel latencies, the struggle
 * analysis time, the impact report and its PDF export time, and the peak heap — as a table and as
 * JSON. The subcommands measure one thing each on data of your choice.
 */
@Command(name = "bench", description = "Measure speed and memory on the large generated scenario (or one thing, with a subcommand).",
        subcommands = {BenchImportCommand.class, BenchAdoptionCommand.class, BenchStrugglesCommand.class,
            BenchAccountsCommand.class})
final class BenchCommand implements Callable<Integer> {

    static final String FEATURE = "dashboard-customization";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the scenario's files are, or are generated (default: ${DEFAULT-VALUE}).")
    Path data = Path.of(System.getProperty("java.io.tmpdir"), "uptake-bench-1m");

    @Option(names = "--users", paramLabel = "N", description = "People in a generated scenario (default: ${DEFAULT-VALUE}).")
    int users = 1_000_000;

    @Option(names = "--activity", paramLabel = "F", description = "Activity factor of a generated scenario (default: ${DEFAULT-VALUE}: about ten events per person).")
    double activity = 0.085;

    @Option(names = "--keep", description = "Keep the benchmark workspace (next to the data) for bench adoption/struggles.")
    boolean keep;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode report = Json.object();
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, Java " + System.getProperty("java.version"));
        if (!Files.exists(data.resolve("events-web.csv"))) {
            progress(out, String.format("Generating the scenario (%,d people, activity %.3f) into %s…", users, activity, data));
            long t0 = System.nanoTime();
            new SampleGenerator(new SampleOptions(users, SampleOptions.DEFAULT_DAYS, SampleOptions.DEFAULT_SEED, false, activity))
                    .writeTo(data, Progress.NONE);
            report.put("generateSeconds", (System.nanoTime() - t0) / 1e9);
        }
        Path folder = data.resolveSibling(data.getFileName() + "-workspace");
        FolderDeleter.delete(folder);
        ArrayNode imports = report.putArray("imports");
        try (HeapPeak overall = new HeapPeak(); Workspace workspace = Workspace.create(folder)) {
            Importer importer = new Importer(workspace);
            for (String name : List.of("features.json", "accounts.csv", "people.csv", "tickets.csv", "outreach-history.csv")) {
                importer.importFile(importer.plan(data.resolve(name)), Progress.NONE);
            }
            try (var briefs = Files.list(data.resolve("briefs"))) {
                for (Path brief : briefs.toList()) {
                    importer.importFile(importer.plan(brief), Progress.NONE);
                }
            }
            for (String name : List.of("events-web.csv", "events-mobile.jsonl")) {
                progress(out, "Importing " + name + "…");
                System.gc();
                try (HeapPeak heap = new HeapPeak()) {
                    ImportResult result = importer.importFile(importer.plan(data.resolve(name)), Progress.NONE);
                    imports.add(ImportCommand.toJson(result).put("peakHeapMB", heap.bytes() / (1 << 20)));
                }
            }
            progress(out, "Measuring the analyses…");
            AdoptionAnalysis adoption = new AdoptionAnalysis(workspace);
            report.put("activePeople", adoption.summary(FEATURE, null, null).activePeople());
            // Cold: the remembered reads are forgotten before each run, as after an import.
            report.put("adoptionSummaryMs", best(3, () -> {
                workspace.dataChanged();
                adoption.summary(FEATURE, null, null);
            }));
            report.put("funnelBySegmentMs", best(3, () -> {
                workspace.dataChanged();
                adoption.funnel(FEATURE, FunnelReport.Breakdown.SEGMENT, 7, null, null);
            }));
            report.put("adoptionSummaryRememberedMs", best(3, () -> adoption.summary(FEATURE, null, null)));
            StruggleAnalysis struggles = new StruggleAnalysis(workspace);
            workspace.dataChanged();
            report.put("strugglesFirstMs", time(() -> struggles.analyze(FEATURE, null, null, Progress.NONE)));
            report.put("strugglesMs", best(1, () -> struggles.analyze(FEATURE, null, null, Progress.NONE)));
            ImpactAnalysis impact = new ImpactAnalysis(workspace, struggles);
            ImpactReport[] made = new ImpactReport[1];
            workspace.dataChanged();
            report.put("impactReportMs", time(() -> made[0] = impact.report(FEATURE, false, Progress.NONE)));
            Path pdf = folder.resolve(Workspace.EXPORTS_FOLDER).resolve("impact.pdf");
            report.put("pdfExportMs", time(() -> ImpactPdf.write(made[0], org.uptake.workspace.ExportFile.to(pdf, folder, true))));
            org.uptake.account.AccountAnalysis accounts = AccountServices.analysis(workspace);
            workspace.dataChanged();
            org.uptake.account.AccountAnalysis.Book[] book = new org.uptake.account.AccountAnalysis.Book[1];
            report.put("bookOfBusinessColdMs", time(() -> book[0] = accounts.book()));
            if (!book[0].accounts().isEmpty()) {
                String top = book[0].accounts().get(0).accountId();
                report.put("accountPageMs", time(() -> accounts.page(top)));
            }
            report.put("peakHeapMB", overall.bytes() / (1 << 20));
        } finally {
            if (!keep) {
                FolderDeleter.delete(folder);
            }
        }
        if (options.json) {
            out.println(Json.write(report));
        } else {
            out.println(table(report));
        }
        return 0;
    }

    private static void progress(PrintWriter out, String message) {
        out.println(message);
        out.flush();
    }

    private static double time(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** One warm-up, then the best of {@code runs}. */
    private static double best(int runs, Runnable work) {
        work.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            best = Math.min(best, time(work));
        }
        return best;
    }

    static String table(ObjectNode r) {
        StringBuilder t = new StringBuilder(r.get("machine").asText()).append('\n');
        t.append(String.format(Locale.ROOT, "%-34s %14s   %s%n", "measure", "value", "goal"));
        for (var i : r.get("imports")) {
            boolean csv = i.get("file").asText().endsWith(".csv");
            t.append(String.format(Locale.ROOT, "%-34s %,14.0f   %s%n", "import " + i.get("file").asText() + " (events/s)",
                    i.get("rowsPerSecond").asDouble(), csv ? "≥ 250,000" : "≥ 150,000"));
            t.append(String.format(Locale.ROOT, "%-34s %,14d%n", "  events read", i.get("rowsRead").asLong()));
            t.append(String.format(Locale.ROOT, "%-34s %,14d   %s%n", "  peak heap (MB)", i.get("peakHeapMB").asLong(), "within -Xmx1g"));
        }
        t.append(String.format(Locale.ROOT, "%-34s %,14d%n", "active people (dashboard)", r.get("activePeople").asLong()));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f   %s%n", "adoption summary (ms)", r.get("adoptionSummaryMs").asDouble(), "< 1,000"));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f   %s%n", "funnel by segment (ms)", r.get("funnelBySegmentMs").asDouble(), "< 2,000"));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f%n", "adoption summary, read remembered", r.get("adoptionSummaryRememberedMs").asDouble()));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f%n", "struggle analysis, cold (ms)", r.get("strugglesFirstMs").asDouble()));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f%n", "struggle analysis, warm (ms)", r.get("strugglesMs").asDouble()));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f%n", "impact report (ms)", r.get("impactReportMs").asDouble()));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f%n", "PDF export (ms)", r.get("pdfExportMs").asDouble()));
        t.append(String.format(Locale.ROOT, "%-34s %,14d%n", "peak heap, whole run (MB)", r.get("peakHeapMB").asLong()));
        return t.toString().stripTrailing();
    }
}
