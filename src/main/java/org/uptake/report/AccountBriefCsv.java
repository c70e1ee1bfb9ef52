package org.uptake.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.uptake.account.AccountPage;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.SafeCsv;

/** The account brief's people as CSV: one row per person with what the PDF's contacts table shows. */
public final class AccountBriefCsv {

    private AccountBriefCsv() {
    }

    public static void write(AccountPage page, ExportFile file) {
        try {
            file.writeText(out -> {
                SafeCsv csv = new SafeCsv(out, "account_id", "account", "health", "band", "user_id", "email", "role", "last_active",
                        "features_used", "struggling");
                var h = page.health();
                for (AccountPage.Person p : page.people()) {
                    csv.row(h.accountId(), h.name(), h.health().isPresent() ? h.health().getAsInt() : null, h.band().label(), p.userId(),
                            p.email(), p.role(), p.lastActive().map(Object::toString).orElse(null), p.featuresUsed(), p.struggling());
                }
                csv.close();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
