package org.uptake.ingest;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.SafeCsv;
import org.uptake.workspace.Workspace;

/** Writes a batch's quarantined rows to CSV so the analyst can fix them at the source. */
final class QuarantineExport {

    private QuarantineExport() {
    }

    static void write(Workspace workspace, long batchId, ExportFile csv) throws IOException {
        csv.writeText(out -> {
            try (Connection c = workspace.connection();
                 PreparedStatement s = c.prepareStatement("SELECT line_no, reason, raw_text FROM quarantine WHERE batch_id = ? ORDER BY line_no")) {
                SafeCsv writer = new SafeCsv(out, "line", "reason", "raw_text");
                s.setLong(1, batchId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        writer.row(rs.getLong(1), rs.getString(2), rs.getString(3));
                    }
                }
                writer.close();
            } catch (SQLException e) {
                throw new IOException("Cannot read the quarantine of import " + batchId + ": " + e.getMessage(), e);
            }
        });
    }
}
