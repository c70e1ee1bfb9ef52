package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Small named values stored inside a workspace (its display name, analysis settings). */
public final class WorkspaceSettings {

    public static final String NAME = "name";

    private static final String SELECT = "SELECT setting_value FROM workspace_setting WHERE name = ?";
    private static final String MERGE = "MERGE INTO workspace_setting (name, setting_value) KEY (name) VALUES (?, ?)";

    private final DataSource dataSource;

    public WorkspaceSettings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> get(String name) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read setting " + name, e);
        }
    }

    public void remove(String name) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM workspace_setting WHERE name = ?")) {
            s.setString(1, name);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot remove setting " + name, e);
        }
    }

    public void put(String name, String value) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(MERGE)) {
            s.setString(1, name);
            s.setString(2, value);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot save setting " + name, e);
        }
    }
}
