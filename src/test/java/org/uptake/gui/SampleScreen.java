package org.uptake.gui;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.gui.common.FxTaskExecutor;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.Styles;
import org.uptake.ingest.Importer;
import org.uptake.model.FeatureRef;
import org.uptake.model.Progress;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/**
 * What a screen test shares: the screen built by the test from its view model (which the test
 * keeps), shown alone on a 1280×800 stage, with real background jobs, on a workspace the test builds.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class SampleScreen {

    /** The scenario's export files, imported like any analyst's. */
    public static final Path SAMPLE = Path.of("sample-workspaces", "dashboard-customization");

    @TempDir
    protected Path temp;

    protected Workspace workspace;
    protected final FxTaskExecutor executor = new FxTaskExecutor();
    protected final RecordingNotifier notifier = new RecordingNotifier();
    /** The header's feature choice, as the screen sees it. */
    protected final SimpleObjectProperty<FeatureRef> feature = new SimpleObjectProperty<>();
    protected Stage stage;

    /** Each test class calls this from its own {@code @Start} method: TestFX looks for one only on the test class itself. */
    protected void keep(Stage stage) {
        this.stage = stage;
    }

    /** Builds the sample workspace through the importers and picks the feature (before the screen exists). */
    protected void openSample(String featureKey) throws Exception {
        workspace = Workspace.create(temp.resolve("sample"));
        new Importer(workspace).importFolder(SAMPLE.toAbsolutePath(), Progress.NONE);
        feature.set(featureOf(featureKey));
    }

    protected FeatureRef featureOf(String key) {
        return new FeatureQueries(workspace).list().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    /** The header's picker changes the feature. */
    protected void choose(FxRobot robot, String featureKey) {
        FeatureRef f = featureOf(featureKey);
        robot.interact(() -> feature.set(f));
    }

    /** Builds the screen on the FX thread and shows it. */
    protected void show(FxRobot robot, java.util.function.Supplier<Parent> screen) {
        robot.interact(() -> {
            Scene scene = new Scene(screen.get(), 1280, 800);
            Styles.applyTo(scene.getStylesheets());
            stage.setScene(scene);
            // At the screen's corner, as the app's window placement puts it: robot clicks land where the nodes are.
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        closeOwnedWindows(robot);
        robot.interact(executor::dropRunningJobs);
        executor.close();
        if (workspace != null) {
            workspace.closeQuickly();
        }
    }

    /** Closes the windows the screen opened (timelines, people lists, alerts). */
    protected static void closeOwnedWindows(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
    }

    /**
     * A column of the sample's own people or accounts file by its first column (user_id → email,
     * account_id → name): what a people list should show, read without the code under test.
     */
    protected static java.util.Map<String, String> sampleColumn(String file, String column) throws java.io.IOException {
        com.fasterxml.jackson.dataformat.csv.CsvMapper csv = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        java.util.Map<String, String> values = new java.util.HashMap<>();
        try (com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> rows = csv.readerFor(java.util.Map.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).readValues(SAMPLE.resolve(file).toFile())) {
            while (rows.hasNext()) {
                java.util.Map<String, String> row = rows.next();
                values.put(row.values().iterator().next(), row.get(column));
            }
        }
        return values;
    }

    /** The text and tooltip of the rendered cell of {@code row} in the column titled {@code title} (null when not rendered). */
    protected static String[] shownCell(FxRobot robot, javafx.scene.control.TableView<?> table, String title, int row) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                table.scrollTo(row);
                table.layout();
                for (javafx.scene.Node n : table.lookupAll(".table-cell")) {
                    if (n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                            && title.equals(cell.getTableColumn().getText()) && cell.getIndex() == row && !cell.isEmpty()) {
                        return new String[] {cell.getText(), cell.getTooltip() == null ? null : cell.getTooltip().getText()};
                    }
                }
                return null;
            }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read a cell of " + title, e);
        }
    }

    /** A tile's big number read on the FX thread (a lookup from the test thread can race a screen rebuilding its tiles); null while not shown. */
    protected static String tileValue(FxRobot robot, String tileId) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(tileId + " .tile-value").tryQueryAs(Label.class)
                    .map(Label::getText).orElse(null)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read tile " + tileId, e);
        }
    }
}
