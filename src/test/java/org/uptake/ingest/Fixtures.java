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
import org.uptake.workspace.ActivityStore;
import org.uptake.workspace.EventStore;
import org.uptake.workspace.ProfileStore;
import org.uptake.workspace.Workspace;

/** Small hand-written export files and queries to check what an import stored. */
final class Fixtures {

    private Fixtures() {
    }

    /** A malformed-input fixture from src/test/resources/malformed (see its README). */
    static Path malformed(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/malformed/" + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No fixture " + name, e);
        }
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
        try (Connection c = org.uptake.workspace.WorkspaceDatabase.connect(workspace); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Changes the workspace behind the product's back, as damage or a crash would. */
    static void execute(Workspace workspace, String sql) throws SQLException {
        try (Connection c = org.uptake.workspace.WorkspaceDatabase.connect(workspace); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static List<String> rows(Workspace workspace, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = org.uptake.workspace.WorkspaceDatabase.connect(workspace); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
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

    /** The events as stored, in a readable form: user|ts|event|platform|target|session|props, by time then user. */
    static List<String> events(Workspace workspace) throws SQLException {
        try (Connection c = org.uptake.workspace.WorkspaceDatabase.connect(workspace)) {
            java.util.Map<Integer, String> users = users(workspace);
            java.util.Map<String, String> dictionary = new java.util.HashMap<>();
            for (String row : rows(workspace, "SELECT kind || ':' || id, entry FROM dictionary")) {
                dictionary.put(row.substring(0, row.indexOf('|')), row.substring(row.indexOf('|') + 1));
            }
            List<Object[]> events = new ArrayList<>();
            EventStore.scanAll(c, block -> {
                for (int i = 0; i < block.size(); i++) {
                    events.add(new Object[] {users.get(block.person(i)), block.ts(i), dictionary.get("1:" + block.name(i)),
                            dictionary.get("2:" + block.platform(i)), dictionary.get("3:" + block.target(i)), block.session(i),
                            block.properties(i)});
                }
            });
            events.sort(java.util.Comparator.comparing((Object[] e) -> (Long) e[1]).thenComparing(e -> (String) e[0]));
            List<String> rows = new ArrayList<>();
            for (Object[] e : events) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < e.length; i++) {
                    row.append(i > 0 ? "|" : "").append(e[i]);
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }

    /** The activity rollup as user|day|events rows, by user then day. */
    static List<String> activeDays(Workspace workspace) throws SQLException {
        java.util.Map<Integer, String> users = users(workspace);
        List<String> rows = new ArrayList<>();
        try (Connection c = org.uptake.workspace.WorkspaceDatabase.connect(workspace)) {
            java.time.LocalDate from = java.time.LocalDate.of(1970, 1, 1);
            java.time.LocalDate to = java.time.LocalDate.of(2100, 1, 1);
            ActivityStore.scan(c, a -> {
                for (java.time.LocalDate d = a.firstDayIn(from, to); d != null; d = a.firstDayIn(d.plusDays(1), to)) {
                    rows.add(users.get(a.person()) + "|" + d + "|" + a.eventsIn(d, d));
                }
            });
        }
        rows.sort(null);
        return rows;
    }

    /** Events per person and platform as user|platform|events rows. */
    static List<String> platformEvents(Workspace workspace) throws SQLException {
        java.util.Map<Integer, String> users = users(workspace);
        java.util.Map<String, String> platforms = new java.util.HashMap<>();
        for (String row : rows(workspace, "SELECT id, entry FROM dictionary WHERE kind = 2")) {
            platforms.put(row.substring(0, row.indexOf('|')), row.substring(row.indexOf('|') + 1));
        }
        List<String> rows = new ArrayList<>();
        try (Connection c = org.uptake.workspace.WorkspaceDatabase.connect(workspace)) {
            ActivityStore.scan(c, a -> {
                int[] ids = a.platforms();
                long[] events = a.platformEvents();
                for (int i = 0; i < ids.length; i++) {
                    rows.add(users.get(a.person()) + "|" + platforms.get(Integer.toString(ids[i])) + "|" + events[i]);
                }
            });
        }
        rows.sort(null);
        return rows;
    }

    /** The profile blocks as user|account|segment|plan|role rows, by user: the same as the person table says. */
    static List<String> profiles(Workspace workspace) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = org.uptake.workspace.WorkspaceDatabase.connect(workspace)) {
            ProfileStore.scan(c, block -> {
                for (int id = block.firstPerson(); id < block.firstPerson() + ProfileStore.PEOPLE_PER_BLOCK; id++) {
                    if (block.has(id)) {
                        rows.add(block.userId(id) + "|" + block.accountId(id) + "|" + block.segment(id) + "|" + block.plan(id) + "|"
                                + block.role(id));
                    }
                }
            });
        }
        rows.sort(null);
        return rows;
    }

    private static java.util.Map<Integer, String> users(Workspace workspace) throws SQLException {
        java.util.Map<Integer, String> users = new java.util.HashMap<>();
        for (String row : rows(workspace, "SELECT id, user_id FROM person")) {
            users.put(Integer.parseInt(row.substring(0, row.indexOf('|'))), row.substring(row.indexOf('|') + 1));
        }
        return users;
    }

    static long eventCount(Workspace workspace) throws SQLException {
        try (Connection c = org.uptake.workspace.WorkspaceDatabase.connect(workspace)) {
            return EventStore.count(c);
        }
    }
}
