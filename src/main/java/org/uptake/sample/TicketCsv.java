package org.uptake.sample;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** tickets.csv in the column names of a Zendesk export: ids in time order, space-separated tags, UTC times. */
final class TicketCsv {

    static final String FILE = "tickets.csv";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private TicketCsv() {
    }

    static int write(OutputFiles files, List<SampleGenerator.PersonTicket> tickets) throws IOException {
        try (CsvRows rows = new CsvRows(files.plain(FILE), "Id", "Subject", "Description", "Status", "Priority",
                "Requester", "Requester email", "Created at", "Updated at", "Tags", "Via")) {
            long id = 10_001;
            for (SampleGenerator.PersonTicket entry : tickets) {
                SampleTicket t = entry.ticket();
                long updated = Math.min(ScenarioDates.endMillis() - 1, t.createdAt() + 26 * ScenarioDates.HOUR);
                rows.row(Long.toString(id++), t.subject(), t.description(), t.status(), t.priority(), t.requesterName(),
                        t.requesterEmail(), WHEN.format(Instant.ofEpochMilli(t.createdAt())),
                        WHEN.format(Instant.ofEpochMilli(updated)), String.join(" ", t.tags()), t.via());
            }
            return (int) rows.count();
        }
    }
}
