package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.FeatureRef;

/** Reads the features a workspace defines. */
public final class FeatureQueries {

    private static final String LIST = "SELECT feature_key, name, launched_at FROM feature ORDER BY launched_at DESC, name";

    private final Workspace workspace;

    public FeatureQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every feature, newest launch first. */
    public List<FeatureRef> list() {
        List<FeatureRef> features = new ArrayList<>();
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(LIST);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                features.add(new FeatureRef(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
            }
            return features;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot list the features of workspace '" + workspace.name() + "'", e);
        }
    }
}
