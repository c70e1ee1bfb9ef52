package org.uptake.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.watch.Digest;
import org.uptake.watch.DigestMarkdown;
import org.uptake.watch.Watch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake digest <dir> --since last|YYYY-MM-DD [--out F] [--json]}: the alerts since a data day, and the proactive figure. */
@Command(name = "digest", description = "Print (or write with --out: .md, .html or .pdf) the digest: alerts since a data day with their"
        + " figures, significance and status, and per feature the share of ticket filers who struggled visibly first. Runs no rule.")
final class DigestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    WorkspaceFolder workspace;

    @Option(names = "--since", paramLabel = "last|YYYY-MM-DD", description = "From the last digest's data day, or from a data day"
            + " (default: ${DEFAULT-VALUE}).")
    String since = "last";

    @Option(names = "--out", paramLabel = "FILE", description = "Write the digest to FILE; its extension (.md, .html, .pdf) picks the format.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        LocalDate from = since();
        String extension = out == null ? null : extension(out);
        return workspace.call(services -> {
            Watch watch = services.watch();
            Digest digest = watch.digest(from);
            if (out != null) {
                Path written = watch.digestWriter().write(digest, extension, out, force);
                if (!options.json) {
                    options.out().println("Wrote the digest to " + written);
                }
            }
            if (options.json) {
                options.out().println(Json.write(digest));
            } else if (out == null) {
                options.out().print(DigestMarkdown.text(digest));
            }
            return 0;
        });
    }

    private LocalDate since() {
        if (since.equalsIgnoreCase("last")) {
            return null;
        }
        try {
            return LocalDate.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw options.usage("--since takes last or a day as YYYY-MM-DD (got '" + since + "')");
        }
    }

    private String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : new String[] {"md", "html", "pdf"}) {
            if (name.endsWith("." + ext)) {
                return ext;
            }
        }
        throw options.usage("--out must end in .md, .html or .pdf (got " + file.getFileName() + ")");
    }
}
