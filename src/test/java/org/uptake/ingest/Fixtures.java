package org.uptake.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.uptake.workspace.Workspace;

/** Small hand-written export files and queries to check what an import stored. */
final class Fixtures {

    private Fixtures() {
    }

    static Path text(Path folder, String name, String content) throws IOException {
        return bytes(folder, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path text(Path folder, String name, String content, Charset charset) throws IOException {
        return bytes(folder, name, content.getBytes(charset));
    }

    static Path bytes(Path folder, String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return file;
    }

    static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A zip whose entries are gzipped JSON Lines, as Amplitude exports them. */
    static byte[] zipOfGzips(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i++) {
                zip.putNextEntry(new ZipEntry("123/123_2026-03-0" + (i + 1) + "_0#0.json.gz"));
                zip.write(gzip(entries[i]));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static long scalar(Workspace workspace, String sql) throws SQLException {
        try (Connection c = workspace.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> rows(Workspace workspace, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = workspace.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** The events as stored, in a readable form: user|ts|event|platform|target|session|props. */
    static List<String> events(Workspace workspace) throws SQLException {
        return rows(workspace, "SELECT p.user_id, e.ts, n.entry, pl.entry, t.entry, e.session_id, e.props FROM event e"
                + " JOIN person p ON p.id = e.person_id JOIN dictionary n ON n.kind = 1 AND n.id = e.name_id"
                + " LEFT JOIN dictionary pl ON pl.kind = 2 AND pl.id = e.platform_id"
                + " LEFT JOIN dictionary t ON t.kind = 3 AND t.id = e.target_id ORDER BY e.ts, p.user_id");
    }
}
