package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.FunnelReport;
import org.uptake.impact.ImpactReport;
import org.uptake.ingest.Importer;
import org.uptake.outreach.Secrets;
import org.uptake.model.Progress;
import org.uptake.report.ImpactPdf;
import org.uptake.sample.SampleGenerator;
import org.uptake.sample.SampleOptions;
import org.uptake.services.WorkspaceServices;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code uptake bench}: the one benchmark run. Generates the large scenario (a million people, about
 * ten million events) when its folder holds none, imports it into a fresh workspace and reports the
 * import rates (CSV and JSON Lines), the adoption summary and funnel latencies, the struggle
 * analysis time, the impact report and its PDF export time, and the peak heap — as a table and as
 * JSON. The subcommands measure one thing each on data of your choice.
 */
@Command(name = "bench", description = "Measure speed and memory on the large generated scenario (or one thing, with a subcommand).",
        subcommands = {BenchImportCommand.class, BenchAdoptionCommand.class, BenchStrugglesCommand.class, BenchWatchCommand.class,
            BenchAccountsCommand.class, BenchPreviewCommand.class, BenchCompareCommand.class, BenchDesktopCommand.class})
final class BenchCommand implements Callable<Integer> {

    static final String FEATURE = "dashboard-customization";

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

    /** What the run measured, as {@code --json} prints it. */
    record Report(String machine, @JsonInclude(JsonInclude.Include.NON_NULL) Double generateSeconds, List<ImportJson> imports,
            int activePeople, double adoptionSummaryMs, double funnelBySegmentMs, double adoptionSummaryRememberedMs,
            double strugglesFirstMs, double strugglesMs, double impactReportMs, double pdfExportMs, double bookOfBusinessColdMs,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double accountPageMs, BenchPreviewCommand.Latency featurePreview, long peakHeapMB,
            DesktopFigures desktop) {

        Report withDesktop(DesktopFigures figures) {
            return new Report(machine, generateSeconds, imports, activePeople, adoptionSummaryMs, funnelBySegmentMs,
                    adoptionSummaryRememberedMs, strugglesFirstMs, strugglesMs, impactReportMs, pdfExportMs, bookOfBusinessColdMs,
                    accountPageMs, featurePreview, peakHeapMB, figures);
        }
    }

    /** The analyses' figures, measured on the imported workspace. */
    private record Analyses(int activePeople, double adoptionSummaryMs, double funnelBySegmentMs, double adoptionSummaryRememberedMs,
            double strugglesFirstMs, double strugglesMs, double impactReportMs, double pdfExportMs, double bookOfBusinessColdMs,
            Double accountPageMs) {
    }

    static String machine() {
        // The heap it starts with too: a refresh at a million people given its whole heap at once (-Xms) skips the full
        // collections that grow it, a second and a half on two cores.
        long initial = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit();
        return Runtime.getRuntime().availableProcessors() + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MB (" + (initial < 0 ? "initial unknown" : "from " + initial / (1 << 20) + " MB") + (heapTouchedAtStart() ? ", touched at start" : "")
                + "), Java " + System.getProperty("java.version") + ", " + collector() + " collector";
    }

    /**
     * Whether the JVM touched its whole heap before starting (-XX:+AlwaysPreTouch): a fresh refresh at a million people
     * that does so skips the page faults of filling 2 GB while it works, about 2 s on two cores, so a figure says it.
     */
    static boolean heapTouchedAtStart() {
        // From the JVM's arguments (JAVA_TOOL_OPTIONS' among them), the last one said: the packaged runtime has no
        // jdk.management to ask the option itself.
        boolean touched = false;
        for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.equals("-XX:+AlwaysPreTouch") || arg.equals("-XX:-AlwaysPreTouch")) {
                touched = arg.charAt(4) == '+';
            }
        }
        return touched;
    }

    /**
     * The garbage collector this JVM runs (G1, Parallel, Serial…): on two cores the collector alone moves a fresh
     * process's refresh by a sixth, so a figure names the one it was measured with.
     */
    static String collector() {
        List<String> names = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList();
        if (names.stream().anyMatch(n -> n.startsWith("G1"))) {
            return "G1";
        }
        if (names.contains("PS Scavenge")) {
            return "Parallel";
        }
        if (names.contains("Copy")) {
            return "Serial";
        }
        // No collector reports itself under Epsilon, which does not collect.
        return names.isEmpty() ? "no" : String.join(" + ", names);
    }

    @Override
    public Integer call() throws IOException {
        // What the bench is doing goes to standard error: standard output is the report, JSON with --json.
        PrintWriter status = options.err();
        String machine = machine();
        Double generateSeconds = null;
        if (!Files.exists(data.resolve("events-web.csv"))) {
            progress(status, String.format("Generating the scenario (%,d people, activity %.3f) into %s…", users, activity, data));
            long t0 = System.nanoTime();
            // Without the past launches: PERFORMANCE.md's figures were measured on the scenario's current features alone.
            new SampleGenerator(new SampleOptions(users, SampleOptions.DEFAULT_DAYS, SampleOptions.DEFAULT_SEED, false, activity), false)
                    .writeTo(data, Progress.NONE);
            generateSeconds = (System.nanoTime() - t0) / 1e9;
        }
        Path folder = data.resolveSibling(data.getFileName() + "-workspace");
        FolderDeleter.delete(folder);
        Report report;
        try {
            // Once the bench let go of its workspace, the desktop app opens it in a process of its own.
            report = importAndAnalyse(status, folder, machine, generateSeconds).withDesktop(desktop(status, folder));
        } finally {
            if (!keep) {
                FolderDeleter.delete(folder);
            }
        }
        options.print(report, table(report));
        return 0;
    }

    /** Imports the scenario into a new workspace in {@code folder} and measures the analyses on it; the workspace is closed after. */
    private Report importAndAnalyse(PrintWriter status, Path folder, String machine, Double generateSeconds) throws IOException {
        List<ImportJson> imports = new ArrayList<>();
        // The benchmark creates its own workspace rather than opening one.
        try (HeapPeak overall = new HeapPeak(); Workspace workspace = Workspace.create(folder)) {
            WorkspaceServices services = WorkspaceServices.of(workspace, Secrets.environmentOnly());
            Importer importer = services.importer();
            for (String name : List.of("features.json", "accounts.csv", "people.csv", "tickets.csv", "outreach-history.csv")) {
                importer.importFile(importer.plan(data.resolve(name)), Progress.NONE);
            }
            try (var briefs = Files.list(data.resolve("briefs"))) {
                for (Path brief : briefs.toList()) {
                    importer.importFile(importer.plan(brief), Progress.NONE);
                }
            }
            for (String name : List.of("events-web.csv", "events-mobile.jsonl")) {
                progress(status, "Importing " + name + "…");
                System.gc();
                try (HeapPeak heap = new HeapPeak()) {
                    imports.add(ImportJson.of(importer.importFile(importer.plan(data.resolve(name)), Progress.NONE)).withPeakHeap(heap.bytes()));
                }
            }
            progress(status, "Measuring the analyses…");
            Analyses a = analyses(services, folder.resolve(Workspace.EXPORTS_FOLDER).resolve("impact.pdf"), folder);
            return new Report(machine, generateSeconds, imports, a.activePeople(), a.adoptionSummaryMs(), a.funnelBySegmentMs(),
                    a.adoptionSummaryRememberedMs(), a.strugglesFirstMs(), a.strugglesMs(), a.impactReportMs(), a.pdfExportMs(),
                    a.bookOfBusinessColdMs(), a.accountPageMs(), BenchPreviewCommand.measure(services, FEATURE, 3),
                    overall.bytes() / (1 << 20), null);
        }
    }

    /** Launch to first window and the FX pulse gaps of the app on the bench's workspace, or why they were not measured. */
    private static DesktopFigures desktop(PrintWriter status, Path folder) throws IOException {
        String noDisplay = DesktopLaunch.missingDisplay(System.getenv(), System.getProperties()).orElse(null);
        if (noDisplay != null) {
            return DesktopFigures.notMeasured("no display");
        }
        progress(status, "Measuring the desktop app…");
        try {
            return DesktopLaunch.measure(folder, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DesktopFigures.notMeasured("interrupted");
        } catch (IllegalStateException e) {
            // The app's own failure must not cost the figures the bench measured before it.
            return DesktopFigures.notMeasured(e.getMessage());
        }
    }

    private static Analyses analyses(WorkspaceServices services, Path pdf, Path folder) {
        Workspace workspace = services.workspace();
        AdoptionAnalysis adoption = services.adoption();
        int active = adoption.summary(FEATURE, null, null).activePeople();
        // Cold: the remembered reads are forgotten before each run, as after an import.
        double summaryMs = best(3, () -> {
            workspace.dataChanged();
            adoption.summary(FEATURE, null, null);
        });
        double funnelMs = best(3, () -> {
            workspace.dataChanged();
            adoption.funnel(FEATURE, FunnelReport.Breakdown.SEGMENT, 7, null, null);
        });
        double rememberedMs = best(3, () -> adoption.summary(FEATURE, null, null));
        StruggleAnalysis struggles = services.struggles();
        workspace.dataChanged();
        double strugglesFirstMs = Stopwatch.ms(() -> struggles.analyze(FEATURE, null, null, Progress.NONE));
        double strugglesMs = best(1, () -> struggles.analyze(FEATURE, null, null, Progress.NONE));
        ImpactReport[] made = new ImpactReport[1];
        workspace.dataChanged();
        double impactMs = Stopwatch.ms(() -> made[0] = services.impact().report(FEATURE, false, Progress.NONE));
        double pdfMs = Stopwatch.ms(() -> ImpactPdf.write(made[0], ExportFile.to(pdf, folder, true)));
        org.uptake.account.AccountAnalysis accounts = services.accounts();
        workspace.dataChanged();
        org.uptake.account.AccountAnalysis.Book[] book = new org.uptake.account.AccountAnalysis.Book[1];
        double bookMs = Stopwatch.ms(() -> book[0] = accounts.book());
        Double pageMs = null;
        if (!book[0].accounts().isEmpty()) {
            String top = book[0].accounts().get(0).accountId();
            pageMs = Stopwatch.ms(() -> accounts.page(top));
        }
        return new Analyses(active, summaryMs, funnelMs, rememberedMs, strugglesFirstMs, strugglesMs, impactMs, pdfMs, bookMs, pageMs);
    }

    private static void progress(PrintWriter status, String message) {
        status.println(message);
        status.flush();
    }

    /** One warm-up, then the best of {@code runs}. */
    private static double best(int runs, Runnable work) {
        work.run();
        return Stopwatch.best(runs, work);
    }

    static String table(Report r) {
        StringBuilder t = new StringBuilder(r.machine()).append('\n');
        t.append(String.format(Locale.ROOT, "%-34s %14s   %s%n", "measure", "value", "goal"));
        for (ImportJson i : r.imports()) {
            boolean csv = i.file().endsWith(".csv");
            t.append(String.format(Locale.ROOT, "%-34s %,14.0f   %s%n", "import " + i.file() + " (events/s)",
                    i.rowsPerSecond(), csv ? "≥ 250,000" : "≥ 150,000"));
            t.append(String.format(Locale.ROOT, "%-34s %,14d%n", "  events read", i.rowsRead()));
            t.append(String.format(Locale.ROOT, "%-34s %,14d   %s%n", "  peak heap (MB)", i.peakHeapMB(), "within -Xmx1g"));
        }
        t.append(String.format(Locale.ROOT, "%-34s %,14d%n", "active people (dashboard)", r.activePeople()));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f   %s%n", "adoption summary (ms)", r.adoptionSummaryMs(), "< 1,000"));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f   %s%n", "funnel by segment (ms)", r.funnelBySegmentMs(), "< 2,000"));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f%n", "adoption summary, read remembered", r.adoptionSummaryRememberedMs()));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f%n", "struggle analysis, cold (ms)", r.strugglesFirstMs()));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f%n", "struggle analysis, warm (ms)", r.strugglesMs()));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f%n", "impact report (ms)", r.impactReportMs()));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f%n", "PDF export (ms)", r.pdfExportMs()));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f   %s%n", "feature editor preview (ms)", r.featurePreview().previewMs(), "< 2,000"));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f%n", "  after picking new events (ms)", r.featurePreview().firstPreviewMs()));
        t.append(String.format(Locale.ROOT, "%-34s %,14d%n", "peak heap, whole run (MB)", r.peakHeapMB()));
        if (r.desktop() != null) {
            t.append(r.desktop().rows());
        }
        return t.toString().stripTrailing();
    }
}
