package org.uptake.workspace;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The struggling people of a window, kept in the workspace ({@code struggling_set}): a set is read back only for
 * the same fingerprint (the features' definitions and the thresholds it was detected with) and the same data
 * (the last import batch), so a stale set is never used.
 */
public final class StrugglingSetStore {

    private static final String READ = "SELECT person_ids FROM struggling_set WHERE window_from = ? AND window_to = ?"
            + " AND fingerprint = ? AND batch_id = ?";
    private static final String WRITE = "MERGE INTO struggling_set (window_from, window_to, fingerprint, batch_id, people, person_ids,"
            + " computed_at) KEY (window_from, window_to) VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** Sets of older data are never read again. */
    private static final String FORGET_OLDER = "DELETE FROM struggling_set WHERE batch_id <> ?";
    private static final String LAST_BATCH = "SELECT COALESCE(MAX(id), 0) FROM import_batch WHERE status = 'imported'";
    private static final String FEATURES = "SELECT * FROM feature ORDER BY feature_key";

    private final Workspace workspace;
    private volatile FeaturesDigest lastDigest;

    public StrugglingSetStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The data as it is now: the last import that completed (events, people, accounts, tickets or features alike), and
     * the workspace's data version, which also moves while an import is under way.
     */
    public record DataState(long batch, long version) {
    }

    public DataState state() {
        long version = workspace.dataVersion();
        return new DataState(lastBatch(), version);
    }

    private long lastBatch() {
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(LAST_BATCH); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the workspace's imports", e);
        }
    }

    /**
     * A fingerprint of every feature's stored definition (all its columns, the brief too) and of {@code thresholds}
     * (any text that changes when a threshold does): what detection depends on besides the data.
     */
    public String fingerprint(String thresholds) {
        MessageDigest sha = featuresDigest();
        sha.update(thresholds.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The digest of every feature's definition, to go on with. Remembered for the data version it was read on: the
     * features change only by an import (the editor saves through one too), which moves the version. The book of
     * business and then each account page ask for it, and reading the definitions (briefs and all) took an account
     * page 20-40 ms.
     */
    private MessageDigest featuresDigest() {
        long version = workspace.dataVersion();
        FeaturesDigest known = lastDigest;
        try {
            if (known != null && known.version() == version) {
                return (MessageDigest) known.digest().clone();
            }
            MessageDigest read = readFeaturesDigest();
            lastDigest = new FeaturesDigest(version, (MessageDigest) read.clone());
            return read;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests can be copied on every Java runtime", e);
        }
    }

    private record FeaturesDigest(long version, MessageDigest digest) {
    }

    private MessageDigest readFeaturesDigest() {
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(FEATURES); ResultSet rs = s.executeQuery()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    // As text: a brief is a CLOB, whose object names a handle that differs on every read.
                    String value = rs.getString(i);
                    // A separator that no value holds, so ("ab", "c") and ("a", "bc") differ.
                    sha.update((columns.getColumnName(i) + "=" + (value == null ? "\u0000" : value) + "\u0001").getBytes(StandardCharsets.UTF_8));
                }
                sha.update((byte) 2);
            }
            return sha;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the features' definitions", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person ids kept for the window, when they were detected with this fingerprint on this data. */
    public Optional<int[]> read(LocalDate from, LocalDate to, String fingerprint, DataState data) {
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(READ)) {
            s.setObject(1, from);
            s.setObject(2, to);
            s.setString(3, fingerprint);
            s.setLong(4, data.batch());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ByteBuffer bytes = ByteBuffer.wrap(rs.getBytes(1));
                int[] ids = new int[bytes.remaining() / Integer.BYTES];
                bytes.asIntBuffer().get(ids);
                return Optional.of(ids);
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the kept struggling people", e);
        }
    }

    /**
     * Keeps the window's person ids for this fingerprint and the data they were detected on, in place of the window's
     * earlier set, and forgets the sets of older data. Keeps nothing when the data changed since {@code data} was read
     * (an import ran meanwhile: the set may mix old and new) or the workspace is open read-only: a set is only a shortcut.
     */
    public void write(LocalDate from, LocalDate to, String fingerprint, DataState data, int[] people) {
        if (workspace.readOnly() || !state().equals(data)) {
            return;
        }
        long batch = data.batch();
        int[] sorted = people.clone();
        Arrays.sort(sorted);
        ByteBuffer bytes = ByteBuffer.allocate(sorted.length * Integer.BYTES);
        bytes.asIntBuffer().put(sorted);
        try (Connection c = workspace.connection()) {
            try (PreparedStatement s = c.prepareStatement(WRITE)) {
                s.setObject(1, from);
                s.setObject(2, to);
                s.setString(3, fingerprint);
                s.setLong(4, batch);
                s.setInt(5, sorted.length);
                s.setBytes(6, bytes.array());
                s.setObject(7, Instant.now().atOffset(ZoneOffset.UTC));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(FORGET_OLDER)) {
                s.setLong(1, batch);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot keep the struggling people", e);
        }
    }
}
