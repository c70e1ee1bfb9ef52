package org.uptake.ingest;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.uptake.workspace.Workspace;

/** Writes a batch's quarantined rows to CSV so the analyst can fix them at the source. */
final class QuarantineExport {

    private QuarantineExport() {
    }

    static void write(Workspace workspace, long batchId, Path csv) throws IOException {
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             Connection c = workspace.connection();
             PreparedStatement s = c.prepareStatement("SELECT line_no, reason, raw_text FROM quarantine WHERE batch_id = ? ORDER BY line_no")) {
            CsvWriter writer = new CsvWriter(out, new CsvWriterSettings());
            writer.writeHeaders("line", "reason", "raw_text");
            s.setLong(1, batchId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    writer.writeRow(rs.getLong(1), rs.getString(2), rs.getString(3));
                }
            }
            writer.flush();
        } catch (SQLException e) {
            throw new IOException("Cannot read the quarantine of import " + batchId + ": " + e.getMessage(), e);
        }
    }
}
