package org.uptake.ingest;

import java.io.IOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A dry run over the first rows of a file with the confirmed plan: how many would import and why
 * the others would not, shown before anything is written.
 */
public final class Validation {

    /** What the dry run found. */
    public record Summary(long rowsChecked, long good, Map<String, Long> problems, String firstEvent, String lastEvent) {
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private Validation() {
    }

    /**
     * Reads up to {@code limit} rows of a people, accounts or tickets file as the import would: rows it
     * cannot read, rows with the wrong number of fields, required fields left blank, timestamps it cannot read.
     */
    private static Summary checkTable(ImportPlan plan, int limit) throws IOException {
        java.util.List<String> header = plan.sniff().header();
        java.util.List<Field> required = Field.of(plan.sniff().kind()).stream().filter(Field::required).toList();
        Field time = plan.sniff().kind() == SourceKind.TICKETS ? Field.TICKET_CREATED_AT : null;
        Timestamps timestamps = new Timestamps(plan.timestampFormat(), plan.zone());
        long[] counts = new long[2];
        Map<String, Long> problems = new LinkedHashMap<>();
        try {
            DelimitedRecords.read(plan.sniff(), (line, raw, values, unreadable) -> {
                String problem = unreadable != null ? unreadable
                        : values.length != header.size() ? "has " + values.length + " fields where the header has " + header.size()
                        : null;
                for (int i = 0; problem == null && i < required.size(); i++) {
                    if (TableImport.value(plan, values, required.get(i)) == null) {
                        problem = "no " + required.get(i).canonicalName();
                    }
                }
                if (problem == null && time != null) {
                    try {
                        timestamps.parse(TableImport.value(plan, values, time));
                    } catch (java.time.DateTimeException e) {
                        problem = "timestamp not readable";
                    }
                }
                if (problem == null) {
                    counts[1]++;
                } else {
                    problems.merge(problem, 1L, Long::sum);
                }
                if (++counts[0] >= limit) {
                    throw new Stop();
                }
            }, () -> false, new AtomicLong());
        } catch (Stop enough) {
            // Checked as many rows as asked.
        }
        return new Summary(counts[0], counts[1], problems, null, null);
    }

    public static Summary check(ImportPlan plan, int limit) throws IOException {
        String problem = plan.problem();
        if (!problem.isEmpty()) {
            return new Summary(0, 0, Map.of(problem, 0L), null, null);
        }
        if (plan.sniff().kind() != SourceKind.EVENTS) {
            if (plan.sniff().layout() == Layout.DELIMITED && plan.sniff().kind() != SourceKind.OUTREACH_HISTORY) {
                return checkTable(plan, limit);
            }
            long rows = plan.sniff().previewRows().size();
            return new Summary(rows, rows, Map.of(), null, null);
        }
        long[] counts = new long[2];
        long[] range = {Long.MAX_VALUE, Long.MIN_VALUE};
        Map<String, Long> problems = new LinkedHashMap<>();
        RecordSink sink = new RecordSink() {
            @Override
            public void event(ParsedEvent event) {
                counts[1]++;
                range[0] = Math.min(range[0], event.ts());
                range[1] = Math.max(range[1], event.ts());
                tick();
            }

            @Override
            public void identify(String userId, String anonymousId, Map<String, String> traits) {
                counts[1]++;
                tick();
            }

            @Override
            public void group(String userId, String accountId, Map<String, String> traits) {
                counts[1]++;
                tick();
            }

            @Override
            public void quarantine(long line, String raw, String reason) {
                String key = reason.length() > 60 && reason.startsWith("timestamp:") ? "timestamp not readable" : reason;
                problems.merge(key, 1L, Long::sum);
                tick();
            }

            private void tick() {
                if (++counts[0] >= limit) {
                    throw new Stop();
                }
            }
        };
        try {
            Timestamps timestamps = new Timestamps(plan.timestampFormat(), plan.zone());
            new EventRecords(plan.sniff(), plan.mapping(), timestamps, sink).read(() -> false, new AtomicLong());
        } catch (Stop enough) {
            // Checked as many rows as asked.
        }
        ZoneId utc = ZoneId.of("UTC");
        return new Summary(counts[0], counts[1], problems,
                range[0] == Long.MAX_VALUE ? null : java.time.Instant.ofEpochMilli(range[0]).atZone(utc).toLocalDateTime().toString(),
                range[1] == Long.MIN_VALUE ? null : java.time.Instant.ofEpochMilli(range[1]).atZone(utc).toLocalDateTime().toString());
    }
}
