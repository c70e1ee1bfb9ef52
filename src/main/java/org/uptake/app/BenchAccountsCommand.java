package org.uptake.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.uptake.account.AccountAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code uptake bench accounts <ws>}: the book of business cold, then one account's page (the top at-risk one). */
@Command(name = "accounts", description = "Time the book of business for every account (cold: the first run after opening) and one"
        + " account's page.")
final class BenchAccountsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    WorkspaceFolder workspace;

    @Override
    public Integer call() {
        PrintWriter out = options.out();
        workspace.use(services -> {
            AccountAnalysis analysis = services.accounts();
            AccountAnalysis.Book[] read = new AccountAnalysis.Book[1];
            double bookMs = Stopwatch.ms(() -> read[0] = analysis.book());
            AccountAnalysis.Book book = read[0];
            String id = book.accounts().isEmpty() ? null : book.accounts().get(0).accountId();
            double pageMs = id == null ? 0 : Stopwatch.ms(() -> analysis.page(id));
            // The next account down the list: what a CSM waits for once the first page has read the segments.
            String next = book.accounts().size() < 2 ? null : book.accounts().get(1).accountId();
            double nextMs = next == null ? 0 : Stopwatch.ms(() -> analysis.page(next));
            if (options.json) {
                out.println(Json.write(Json.object().put("accounts", book.accounts().size()).put("atRisk", book.atRisk().size())
                        .put("bookColdMs", bookMs).put("pageAccount", id).put("pageMs", pageMs)
                        .put("nextPageAccount", next).put("nextPageMs", nextMs)));
            } else {
                out.printf("%,d accounts, %,d at risk: book of business (cold) %.0f ms; account page of %s %.0f ms, then of %s %.0f ms%n",
                        book.accounts().size(), book.atRisk().size(), bookMs, id, pageMs, next, nextMs);
            }
        });
        return 0;
    }
}
