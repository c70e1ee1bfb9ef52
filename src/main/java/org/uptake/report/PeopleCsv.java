package org.uptake.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.uptake.adoption.NonAdopter;
import org.uptake.adoption.PersonRow;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.SafeCsv;

/** The Adoption screen's people lists as CSV: the people behind a number, and the people who should be using the feature. */
public final class PeopleCsv {

    private PeopleCsv() {
    }

    public static void people(List<PersonRow> rows, ExportFile file) {
        write(file, csv -> {
            for (PersonRow r : rows) {
                csv.row(r.userId(), r.email(), r.segment(), r.plan(), r.role(), r.accountId(), r.accountName(),
                        r.adoptedAt() == null ? null : r.adoptedAt().toString(), r.furthestStep(), r.activeDays(), r.events());
            }
        }, "user_id", "email", "segment", "plan", "role", "account_id", "account_name", "adopted_at", "furthest_step", "active_days", "events");
    }

    public static void shouldBeUsing(List<NonAdopter> rows, ExportFile file) {
        write(file, csv -> {
            for (NonAdopter n : rows) {
                csv.row(n.userId(), n.segment(), n.plan(), n.role(), n.accountId(), n.activeDays(), n.events());
            }
        }, "user_id", "segment", "plan", "role", "account_id", "active_days", "events");
    }

    private static void write(ExportFile file, java.util.function.Consumer<SafeCsv> rows, String... header) {
        try {
            file.writeText(out -> {
                SafeCsv csv = new SafeCsv(out, header);
                rows.accept(csv);
                csv.close();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
