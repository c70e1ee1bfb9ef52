package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.uptake.ingest.ImportResult;

/** One imported file as {@code import --json} prints it (and the benchmarks, with their peak heap), key by key in this order. */
record ImportJson(String file, String kind, String format, long batchId, long rowsRead, long imported, long duplicatesSkipped,
        long updated, long unchanged, long quarantined, long alreadyQuarantined, int newPeople, double seconds, double rowsPerSecond,
        List<Quarantined> quarantineSample, @JsonInclude(JsonInclude.Include.NON_NULL) Long peakHeapMB) {

    /** The sample of quarantined rows shown: the first 20. */
    private static final int SAMPLE = 20;

    static ImportJson of(ImportResult r) {
        return new ImportJson(r.fileName(), r.kind().name().toLowerCase(Locale.ROOT), r.format(), r.batchId(), r.rowsRead(), r.imported(),
                r.duplicates(), r.updated(), r.unchanged(), r.quarantined(), r.alreadyQuarantined(), r.newPeople(), r.seconds(),
                r.rowsPerSecond(), r.quarantineSample().stream().limit(SAMPLE).map(q -> new Quarantined(q.line(), q.reason())).toList(),
                null);
    }

    /** The same with the peak heap the import took. */
    ImportJson withPeakHeap(long bytes) {
        return new ImportJson(file, kind, format, batchId, rowsRead, imported, duplicatesSkipped, updated, unchanged, quarantined,
                alreadyQuarantined, newPeople, seconds, rowsPerSecond, quarantineSample, bytes / (1 << 20));
    }

    /** A quarantined row's line and reason. */
    record Quarantined(long line, String reason) {
    }
}
