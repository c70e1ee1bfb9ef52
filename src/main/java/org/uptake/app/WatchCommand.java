package org.uptake.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.model.Progress;
import org.uptake.watch.Alert;
import org.uptake.watch.InboxFile;
import org.uptake.watch.Watch;
import org.uptake.watch.WatchRun;
import org.uptake.watch.WatchSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake watch <dir> [--once|--every 1h]}: imports new inbox files, runs the alert rules, writes the digest. */
@Command(name = "watch", description = "Take new files from the workspace's inbox folders (through the same atomic import as a drop),"
        + " run the alert rules on the data as of its last event day, and write the digest into exports/. --once (the default) for"
        + " cron; --every 1h to keep running.")
final class WatchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    WorkspaceFolder workspace;

    @ArgGroup(exclusive = true)
    When when = new When();

    /** Once, or every so often. */
    static final class When {
        @Option(names = "--once", description = "One refresh, then exit (the default).")
        boolean once;

        @Option(names = "--every", paramLabel = "PERIOD", description = "Refresh every PERIOD (30m, 1h, 90s) until stopped.")
        String every;
    }

    @Option(names = "--inbox", paramLabel = "DIR", description = "Set the workspace's inbox folders to these (repeat for several) and keep them.")
    List<Path> inboxes;

    @Option(names = "--settle", paramLabel = "SECONDS", description = "Seconds between the two looks a file's size must survive unchanged"
            + " (default: ${DEFAULT-VALUE}).")
    int settle = 5;

    @Override
    public Integer call() throws Exception {
        Duration every = when.every == null ? null : period(when.every);
        return workspace.call(services -> {
            Watch watch = services.watch();
            if (inboxes != null) {
                WatchSettings changed = watch.settings().withInboxes(inboxes.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
                watch.saveSettings(changed);
            }
            boolean first = true;
            while (true) {
                watch.look();
                Thread.sleep(Math.max(0, settle) * 1000L);
                WatchRun run = every == null ? watch.refreshOnce(Progress.NONE) : watch.refresh(first, Progress.NONE);
                print(run);
                first = false;
                if (every == null) {
                    return 0;
                }
                Thread.sleep(Math.max(0, every.toMillis() - settle * 1000L));
            }
        });
    }

    private void print(WatchRun run) {
        PrintWriter out = options.out();
        if (options.json) {
            out.println(Json.write(new RunJson(run.asOf(), run.files().stream().map(FileJson::of).toList(), run.raised(), run.open(),
                    run.digests().stream().map(Path::toString).toList(), run.mailed())));
        } else {
            for (InboxFile f : run.files()) {
                out.println(f.imported() ? String.format(Locale.ENGLISH, "Imported %s (%,d rows)", f.file(), f.rows())
                        : "Failed    " + f.file() + ": " + f.note() + (f.movedTo() == null ? "" : " (moved to " + f.movedTo() + ")"));
            }
            if (run.evaluated()) {
                out.printf(Locale.ENGLISH, "Data to %s: %d new alert(s), %d open%n", run.asOf(), run.raised().size(), run.open());
                run.raised().forEach(a -> out.println("  new: " + a.headline()));
                run.digests().forEach(d -> out.println("Digest " + d));
                if (run.mailed() != null) {
                    out.println("Digest " + run.mailed());
                }
            } else {
                out.println(run.files().isEmpty() ? "Nothing new in the inbox." : "Nothing imported; the rules did not run.");
            }
        }
        out.flush();
        long failed = run.files().stream().filter(f -> !f.imported()).count();
        if (failed > 0) {
            options.err().println("uptake: " + failed + " inbox file(s) failed and moved to failed/ with a note of why.");
        }
    }

    private Duration period(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            Duration d = switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> null;
            };
            if (d != null && n > 0) {
                return d;
            }
        } catch (RuntimeException e) {
            // falls through to the message below
        }
        throw options.usage("--every takes a period such as 90s, 30m, 1h or 1d (got '" + text + "')");
    }

    /** One refresh as {@code --json} prints it. */
    record RunJson(LocalDate asOf, List<FileJson> files, List<Alert> raised, long open, List<String> digests, String mailed) {
    }

    /** One inbox file as {@code --json} prints it. */
    record FileJson(String file, String outcome, long rows, String note, String movedTo) {
        static FileJson of(InboxFile f) {
            return new FileJson(f.file().toString(), f.imported() ? "imported" : "failed", f.rows(), f.note(),
                    f.movedTo() == null ? null : f.movedTo().toString());
        }
    }
}
