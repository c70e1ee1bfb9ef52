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
            // The thread's CPU beside the wall time: on a shared machine the wall time measures the neighbours too.
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            double bookMs = Stopwatch.ms(() -> read[0] = analysis.book());
            double bookCpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            AccountAnalysis.Book book = read[0];
            String id = book.accounts().isEmpty() ? null : book.accounts().get(0).accountId();
            double pageMs = id == null ? 0 : Stopwatch.ms(() -> analysis.page(id));
            // The next account down the list: what a CSM waits for once the first page has read the segments.
            String next = book.accounts().size() < 2 ? null : book.accounts().get(1).accountId();
            double nextMs = next == null ? 0 : Stopwatch.ms(() -> analysis.page(next));
            if (options.json) {
                out.println(Json.write(Json.object().put("accounts", book.accounts().size()).put("atRisk", book.atRisk().size())
                        .put("bookColdMs", bookMs).put("bookCpuMs", bookCpuMs).put("pageAccount", id).put("pageMs", pageMs)
                        .put("nextPageAccount", next).put("nextPageMs", nextMs)));
            } else {
                out.printf("%,d accounts, %,d at risk: book of business (cold) %.0f ms (%.0f ms of CPU on its thread); account page of %s"
                        + " %.0f ms, then of %s %.0f ms%n", book.accounts().size(), book.atRisk().size(), bookMs, bookCpuMs, id, pageMs, next,
                        nextMs);
            }
        });
        return 0;
    }
}
