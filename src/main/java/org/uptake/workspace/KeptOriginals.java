package org.uptake.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The original files kept in {@code imports/}: copies (never links, so editing the source file
 * cannot change the workspace's copy), each with the SHA-256 recorded on its import, checked on
 * demand; and the kept files no finished import owns (a restored older database, a killed import),
 * which can be imported again.
 */
public final class KeptOriginals {

    /** One import's kept original: its file, its checksum, and whether this import made it (only then may its failure remove it). */
    public record Kept(Path file, String sha256, boolean madeByThisImport) {
    }

    /** What {@code info --verify} found for one kept original. */
    public record Check(long batchId, String file, Status status) {
    }

    /** A kept original's state against its recorded checksum. */
    public enum Status {
        OK("ok"), CHANGED("changed since it was imported"), MISSING("missing"), NO_CHECKSUM("no checksum (imported before checksums were kept)");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** True for a file that is not what was imported. */
        public boolean isProblem() {
            return this == CHANGED || this == MISSING;
        }
    }

    private final Workspace workspace;

    public KeptOriginals(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Keeps the file an import reads and records it (name and checksum) on the import's batch row.
     * A file that is already an unowned kept original of this workspace is kept where it is (it is
     * being imported again); any other is copied, whole or not at all, under a name no other file has.
     */
    public Kept keep(Connection c, Path source, long batchId) throws IOException, SQLException {
        Path folder = workspace.importsFolder();
        Path real = ExportFile.realLocation(source.toAbsolutePath().normalize());
        Kept kept;
        if (real.getParent() != null && real.getParent().equals(ExportFile.realLocation(folder))
                && unknown().contains(real.getFileName().toString())) {
            kept = new Kept(real, sha256(real), false);
        } else {
            kept = copy(source, folder, batchId);
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE import_batch SET stored_path = ?, sha256 = ? WHERE id = ?")) {
            s.setString(1, kept.file().getFileName().toString());
            s.setString(2, kept.sha256());
            s.setLong(3, batchId);
            s.executeUpdate();
        }
        return kept;
    }

    private static Kept copy(Path source, Path folder, long batchId) throws IOException {
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".import-" + batchId + "-", ".part");
        try {
            MessageDigest digest = sha256Digest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            String name = source.getFileName().toString();
            for (int n = 1; ; n++) {
                // A restored older database hands out batch ids again: never over a file already kept.
                Path target = folder.resolve(n == 1 ? batchId + "-" + name : batchId + "." + n + "-" + name);
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    // A link to our own copy, then the temp name goes: a move that never replaces.
                    Files.createLink(target, temp);
                } catch (FileAlreadyExistsException taken) {
                    continue;
                } catch (IOException | UnsupportedOperationException noLinks) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Kept(target, HexFormat.of().formatHex(digest.digest()), true);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The files in imports/ that no finished import owns, by name, sorted. */
    public List<String> unknown() {
        Set<String> owned = new HashSet<>();
        for (Recorded r : recorded()) {
            owned.add(r.file());
        }
        List<String> unknown = new ArrayList<>();
        Path folder = workspace.importsFolder();
        if (!Files.isDirectory(folder)) {
            return unknown;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    // Hidden names are copies still being written (or left by a killed one), not originals.
                    .filter(n -> !n.startsWith(".") && !owned.contains(n)).sorted().forEach(unknown::add);
        } catch (IOException e) {
            throw new WorkspaceDataException("Cannot list " + folder, e);
        }
        return unknown;
    }

    /** Every finished import's kept original checked against its recorded checksum. */
    public List<Check> verify() {
        List<Check> checks = new ArrayList<>();
        for (Recorded recorded : recorded()) {
            Path file = workspace.importsFolder().resolve(recorded.file());
            Status status;
            if (!Files.isRegularFile(file)) {
                status = Status.MISSING;
            } else if (recorded.sha256() == null) {
                status = Status.NO_CHECKSUM;
            } else {
                try {
                    status = sha256(file).equals(recorded.sha256()) ? Status.OK : Status.CHANGED;
                } catch (IOException e) {
                    status = Status.MISSING;
                }
            }
            checks.add(new Check(recorded.batchId(), recorded.file(), status));
        }
        return checks;
    }

    private record Recorded(long batchId, String file, String sha256) {
    }

    /** The finished imports' kept files with their recorded checksums (null for imports older than checksums). */
    private List<Recorded> recorded() {
        List<Recorded> rows = new ArrayList<>();
        try (Connection c = workspace.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, stored_path, sha256 FROM import_batch"
                     + " WHERE status = 'imported' AND stored_path IS NOT NULL ORDER BY id")) {
            while (rs.next()) {
                rows.add(new Recorded(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the imports of workspace '" + workspace.name() + "'", e);
        }
        return rows;
    }

    /** The SHA-256 of a file, as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
