package org.uptake.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.uptake.account.AccountPage;
import org.uptake.account.HealthPart;
import org.uptake.model.Figures;
import org.uptake.report.AccountBriefCsv;
import org.uptake.report.AccountBriefPdf;
import org.uptake.workspace.ExportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uptake account <ws> <accountId> [--json]}: one account's health parts, reasons, people, adoption against its segment and plays. */
@Command(name = "account", description = "One account: its health and the parts of the score, why it is at risk, its people,"
        + " its adoption against its segment's, its timeline and the recommended plays.")
final class AccountCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    WorkspaceFolder workspace;

    @Parameters(index = "1", paramLabel = "<accountId>", description = "The account's id, as in accounts.csv.")
    String accountId;

    @Mixin
    ExportOptions exports;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the account brief as a PDF for a business review.")
    Path pdf;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the account's people as CSV.")
    Path csv;

    /** One account as {@code --json} prints it: the book's fields, then the page. */
    record PageJson(String asOf, AccountsCommand.AccountJson account, List<HealthPart> parts, List<AccountPage.Person> people,
            List<AccountPage.SegmentAdoption> adoption, List<AccountPage.TimelineItem> timeline, List<AccountPage.Play> plays) {
    }

    @Override
    public Integer call() {
        ExportFile pdfFile = exports.target(pdf, workspace.folder);
        ExportFile csvFile = exports.target(csv, workspace.folder);
        AccountPage page = workspace.read(services -> services.accounts().page(accountId).orElseThrow(() -> new IllegalArgumentException(
                "No account '" + accountId + "' in workspace " + services.workspace().name())));
        if (pdfFile != null) {
            AccountBriefPdf.write(page, pdfFile);
        }
        if (csvFile != null) {
            AccountBriefCsv.write(page, csvFile);
        }
        PrintWriter out = options.out();
        if (options.json) {
            out.println(Json.write(new PageJson(page.asOf().toString(), AccountsCommand.AccountJson.of(page.health()),
                    page.health().parts(), page.people(), page.adoption(), page.timeline(), page.plays())));
            return 0;
        }
        var h = page.health();
        StringBuilder t = new StringBuilder(String.format(Figures.LOCALE, "%s (%s) · %s · owner %s · ARR %,.0f · as of %s%n", h.name(),
                h.accountId(), h.tier(), h.owner(), h.arr(), page.asOf()));
        t.append("health ").append(h.health().isPresent() ? h.health().getAsInt() + " · " : "").append(h.band().label()).append('\n');
        h.parts().forEach(p -> t.append(String.format(Figures.LOCALE, "  %-22s %s (weight %.0f)%n", p.name(), p.measured(), p.weight())));
        h.reasons().forEach(r -> t.append("  why at risk: ").append(r.text()).append('\n'));
        t.append("adoption against the segment\n");
        page.adoption().forEach(a -> t.append(String.format(Figures.LOCALE, "  %-26s %d of %d (%s) · segment %s%n", a.featureName(),
                a.adopters(), a.people(), Figures.percent(a.share(), 0), Figures.percent(a.segmentShare(), 0))));
        t.append("people\n");
        page.people().forEach(p -> t.append(String.format(Figures.LOCALE, "  %-40s %-8s last active %s · %d features%s%n", p.label(),
                p.role(), p.lastActive().map(Object::toString).orElse("never"), p.featuresUsed(), p.struggling() ? " · struggling" : "")));
        page.plays().forEach(p -> t.append("play: ").append(p.subject()).append(" — ").append(p.body()).append('\n'));
        out.println(t.toString().stripTrailing());
        return 0;
    }
}
