package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uptake.gui.chart.PageChart;
import org.uptake.gui.common.Appearance;
import org.uptake.gui.common.Theme;
import org.uptake.gui.shell.MainWindow;
import org.uptake.gui.start.RecentWorkspaces;

/** View → Dark theme switches the whole app and its charts to AtlantaFX's dark variant, and the next start keeps it. */
@ExtendWith(ApplicationExtension.class)
class ThemeScreenTest {

    @TempDir
    static Path temp;

    private Preferences preferences;
    private WindowFactory factory;

    @Start
    void start(Stage stage) {
        preferences = Preferences.userRoot().node("uptake-test/" + UUID.randomUUID());
        factory = new WindowFactory((owner, title, initial) -> Optional.of(temp), owner -> List.of(), new RecentWorkspaces(preferences), temp);
        factory.show(stage);
    }

    @AfterEach
    void backToLight(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> Appearance.themeProperty().set(Theme.LIGHT));
        preferences.removeNode();
    }

    @Test
    void darkThemeDressesTheAppAndItsChartsAndIsRememberedForTheNextStart(FxRobot robot) {
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        ChartViewer[] viewer = new ChartViewer[1];
        robot.interact(() -> viewer[0] = PageChart.of(bars()));
        assertEquals(Theme.LIGHT.chart().background(), viewer[0].getChart().getBackgroundPaint());

        CheckMenuItem dark = darkThemeItem(robot);
        assertFalse(dark.isSelected());
        robot.interact(() -> {
            dark.setSelected(true);
            dark.fire();
        });

        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(Theme.DARK.chart().background(), viewer[0].getChart().getBackgroundPaint(), "an open chart follows the switch");
        assertEquals(Theme.DARK.chart().text(), viewer[0].getChart().getTitle().getPaint());
        ChartViewer[] later = new ChartViewer[1];
        robot.interact(() -> later[0] = PageChart.of(bars()));
        assertEquals(Theme.DARK.chart().background(), later[0].getChart().getPlot().getBackgroundPaint(), "a chart drawn later wears it too");
        assertEquals("DARK", preferences.get("theme", null));

        robot.interact(() -> Appearance.themeProperty().set(Theme.LIGHT));
        robot.interact(() -> Appearance.useRemembered(preferences));
        assertEquals(Theme.LIGHT, Appearance.themeProperty().get(), "the switch back to light was remembered too");
        preferences.put("theme", "DARK");
        robot.interact(() -> Appearance.useRemembered(preferences));
        assertEquals(Theme.DARK, Appearance.themeProperty().get());
        preferences.put("theme", "SEPIA");
        robot.interact(() -> Appearance.useRemembered(preferences));
        assertTrue(Appearance.themeProperty().get() == Theme.LIGHT, "an unknown value falls back to light");
    }

    private static CheckMenuItem darkThemeItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> MainWindow.DARK_THEME_ID.equals(i.getId())).map(CheckMenuItem.class::cast).findFirst().orElseThrow();
    }

    private static JFreeChart bars() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(3, "people", "opened");
        return ChartFactory.createBarChart("Funnel", "Step", "People", data);
    }
}
