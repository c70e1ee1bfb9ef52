package org.uptake.ingest;

import java.io.IOException;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.SafeCsv;
import org.uptake.workspace.Quarantine;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDataException;

/** Writes a batch's quarantined rows to CSV so the analyst can fix them at the source. */
final class QuarantineExport {

    private QuarantineExport() {
    }

    static void write(Workspace workspace, long batchId, ExportFile csv) throws IOException {
        csv.writeText(out -> {
            SafeCsv writer = new SafeCsv(out, "line", "reason", "raw_text");
            try {
                Quarantine.forEachRow(workspace, batchId, row -> writer.row(row.line(), row.reason(), row.rawText()));
            } catch (WorkspaceDataException e) {
                throw new IOException(e.getMessage(), e);
            }
            writer.close();
        });
    }
}
