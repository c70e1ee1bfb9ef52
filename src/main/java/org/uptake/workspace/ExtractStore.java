package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.uptake.model.ExtractFigure;
import org.uptake.model.ExtractSource;

/** The SQL of imported extracts: their source and the figures counted exactly on the cluster. */
public final class ExtractStore {

    private static final String INSERT_SOURCE = "INSERT INTO extract_source (batch_id, format_version, cluster, created_at,"
            + " first_day, last_day, events, people, people_sampled, sample_spec, sample_seed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FIGURE = "INSERT INTO extract_figure (batch_id, feature_key, figure, dimension, item, amount)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String LATEST = "SELECT s.batch_id, s.format_version, s.cluster, s.created_at, s.first_day, s.last_day,"
            + " s.events, s.people, s.people_sampled, s.sample_spec, s.sample_seed FROM extract_source s"
            + " JOIN import_batch b ON b.id = s.batch_id WHERE b.status = 'imported' ORDER BY s.batch_id DESC LIMIT 1";
    private static final String FIGURES = "SELECT feature_key, figure, dimension, item, amount FROM extract_figure"
            + " WHERE batch_id = ? AND feature_key = ?";

    private final Workspace workspace;

    public ExtractStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Figure rows sent to the database at once: a 5 M-person extract has 8 M first-use rows, which must not sit in memory. */
    private static final int BATCH = 10_000;

    /**
     * Stores an extract's source and figures inside the import's open transaction, the figures as {@code figures}
     * yields them (read as they are written, never all held); returns how many were stored.
     */
    public static long save(Transaction tx, ExtractSource source, Iterable<ExtractFigure> figures) {
        try {
            return insert(tx.connection(), source, figures);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot store the extract's figures", e);
        }
    }

    private static long insert(Connection c, ExtractSource source, Iterable<ExtractFigure> figures) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_SOURCE)) {
            s.setLong(1, source.batchId());
            s.setInt(2, source.formatVersion());
            s.setString(3, source.cluster());
            s.setString(4, source.createdAt());
            s.setObject(5, source.firstDay());
            s.setObject(6, source.lastDay());
            s.setLong(7, source.events());
            s.setLong(8, source.people());
            s.setLong(9, source.peopleSampled());
            s.setString(10, source.sampleSpec());
            s.setLong(11, source.sampleSeed());
            s.executeUpdate();
        }
        long stored = 0;
        try (PreparedStatement s = c.prepareStatement(INSERT_FIGURE)) {
            for (ExtractFigure f : figures) {
                s.setLong(1, source.batchId());
                s.setString(2, f.feature());
                s.setString(3, f.figure());
                s.setString(4, f.dimension());
                s.setString(5, f.item());
                s.setDouble(6, f.amount());
                s.addBatch();
                if (++stored % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        return stored;
    }

    /** The most recently imported extract, if the workspace's data came from one. */
    public Optional<ExtractSource> latest() {
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(LATEST); ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new ExtractSource(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, java.time.LocalDate.class), rs.getObject(6, java.time.LocalDate.class), rs.getLong(7),
                    rs.getLong(8), rs.getLong(9), rs.getString(10), rs.getLong(11)));
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read where the data came from", e);
        }
    }

    /** A feature's exact figures in one extract ("" for the workspace-wide ones). */
    public List<ExtractFigure> figures(long batchId, String featureKey) {
        List<ExtractFigure> figures = new ArrayList<>();
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(FIGURES)) {
            s.setLong(1, batchId);
            s.setString(2, featureKey);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    figures.add(new ExtractFigure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
                }
            }
            return figures;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the extract's figures", e);
        }
    }
}
