package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code workspace_setting} table: the workspace's display name, and one JSON document per
 * {@link SettingsSection} (older workspaces kept a section as one row per value, {@code struggle.rageClicks};
 * those rows are still read, and saving the section replaces them with its document).
 */
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

    /** A section's settings: its defaults, under any older one-value rows, under its stored document. */
    public <T extends Record> T read(SettingsSection<T> section) {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT name, setting_value FROM workspace_setting WHERE name LIKE ? ORDER BY name")) {
            s.setString(1, section.name() + ".%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the " + section.name() + " settings", e);
        }
        return new SettingsDocument<>(section).read(get(section.name()), rows);
    }

    /** Stores a section as one document, in one transaction with removing the older rows it replaces. */
    public <T extends Record> void write(SettingsSection<T> section, T value) {
        SettingsDocument<T> document = new SettingsDocument<>(section);
        var tree = document.tree(value);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement merge = c.prepareStatement(MERGE);
                 PreparedStatement delete = c.prepareStatement("DELETE FROM workspace_setting WHERE name = ? OR name LIKE ?")) {
                merge.setString(1, section.name());
                merge.setString(2, tree.toString());
                merge.executeUpdate();
                for (String row : document.rowNames(tree)) {
                    delete.setString(1, row);
                    delete.setString(2, row + ".%");
                    delete.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot save the " + section.name() + " settings", e);
        }
    }

    /**
     * Changes one setting by its full name ({@code outreach.capDays=21}) after checking its type and
     * the whole section; returns the section as saved.
     */
    public <T extends Record> T set(SettingsSection<T> section, String name, String value) {
        T changed = new SettingsDocument<>(section).with(read(section), name, value);
        write(section, changed);
        return changed;
    }

    /** Every setting of a section by its full name, as text (what {@link #set} takes). */
    public <T extends Record> Map<String, String> values(SettingsSection<T> section) {
        SettingsDocument<T> document = new SettingsDocument<>(section);
        return document.values(read(section));
    }

    /** The names {@link #set} knows for a section. */
    public <T extends Record> List<String> names(SettingsSection<T> section) {
        return new SettingsDocument<>(section).names();
    }
}
