package org.uptake.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.account.AccountAnalysis;
import org.uptake.account.AccountHealth;
import org.uptake.account.Band;
import org.uptake.account.BookOfBusiness;
import org.uptake.account.Prediction;
import org.uptake.account.RiskReason;
import org.uptake.model.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake accounts <ws> [--owner NAME] [--band at-risk] [--json]}: the book of business, at-risk accounts first by ARR. */
@Command(name = "accounts", description = "Every account's health (0-100, healthy / watch / at risk), why the at-risk ones are,"
        + " ranked by ARR at risk; the book of business per CSM owner; whether the score predicted churn and downgrades.")
final class AccountsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    WorkspaceFolder workspace;

    @Option(names = "--owner", paramLabel = "NAME", description = "Only this CSM owner's accounts.")
    String owner;

    @Option(names = "--band", paramLabel = "BAND", description = "Only this band: at-risk, watch, healthy, too-small or churned.")
    String band;

    /** One account as {@code --json} prints it. */
    record AccountJson(String accountId, String name, String owner, String tier, double arr, int people, int activePeople,
            Double activeTrend, Integer health, String band, List<String> reasons) {

        static AccountJson of(AccountHealth a) {
            return new AccountJson(a.accountId(), a.name(), a.owner(), a.tier(), a.arr(), a.people(), a.activePeople(),
                    a.activeTrend().isPresent() ? a.activeTrend().getAsDouble() : null,
                    a.health().isPresent() ? a.health().getAsInt() : null, a.band().option(),
                    a.reasons().stream().map(RiskReason::text).toList());
        }
    }

    /** The whole {@code --json} answer. */
    record BookJson(String asOf, List<AccountJson> accounts, List<BookOfBusiness> bookOfBusiness, String prediction) {
    }

    @Override
    public Integer call() {
        Band wanted = band == null ? null : parseBand(band);
        record Answer(AccountAnalysis.Book book, Prediction prediction) {
        }
        Answer answer = workspace.read(services -> new Answer(services.accounts().book(), services.accounts().prediction()));
        AccountAnalysis.Book book = answer.book();
        Prediction prediction = answer.prediction();
        List<AccountHealth> shown = book.accounts().stream().filter(a -> owner == null || a.owner().equalsIgnoreCase(owner))
                .filter(a -> wanted == null || a.band() == wanted).toList();
        List<BookOfBusiness> owners = book.owners().stream().filter(o -> owner == null || o.owner().equalsIgnoreCase(owner)).toList();
        PrintWriter out = options.out();
        if (options.json) {
            out.println(Json.write(new BookJson(book.asOf().toString(), shown.stream().map(AccountJson::of).toList(), owners,
                    prediction.summary())));
            return 0;
        }
        StringBuilder t = new StringBuilder("Accounts as of ").append(book.asOf()).append(" (the data's last day)\n");
        for (AccountHealth a : shown) {
            t.append(String.format(Figures.LOCALE, "%-10s %-28s %-18s %-12s ARR %,12.0f  %3s  %-18s %d of %d active%s%n", a.accountId(),
                    a.name(), a.owner(), a.tier(), a.arr(), a.health().isPresent() ? String.valueOf(a.health().getAsInt()) : "-",
                    a.band().label(), a.activePeople(), a.people(), a.activeTrend().isPresent()
                            ? String.format(Locale.ROOT, " (%+.0f%%)", a.activeTrend().getAsDouble() * 100) : ""));
            a.reasons().forEach(r -> t.append("           why: ").append(r.text()).append('\n'));
        }
        t.append("\nBook of business\n");
        owners.forEach(o -> t.append(String.format(Figures.LOCALE, "%-20s %4d accounts  ARR %,14.0f  at risk %,14.0f%n", o.owner(),
                o.accounts(), o.arr(), o.arrAtRisk())));
        t.append("\nDoes the score predict? ").append(prediction.summary());
        out.println(t);
        return 0;
    }

    private Band parseBand(String value) {
        for (Band b : Band.values()) {
            if (b.option().equalsIgnoreCase(value)) {
                return b;
            }
        }
        throw options.usage("Unknown band '" + value + "': use at-risk, watch, healthy, too-small or churned");
    }
}
