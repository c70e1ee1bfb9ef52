package org.uptake.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1050);

    @Test
    void aFirstRunIsCentredAtLeast1280By800() {
        assertEquals(new Rectangle2D(320, 125, 1280, 800), WindowPlacement.place(FULL_HD, Double.NaN, Double.NaN, 898, 575));
    }

    @Test
    void aRememberedSizeAndPlaceComeBackWhenTheyFit() {
        assertEquals(new Rectangle2D(100, 50, 1600, 900), WindowPlacement.place(FULL_HD, 100, 50, 1600, 900));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneComesBackOnThisOne() {
        assertEquals(new Rectangle2D(640, 250, 1280, 800), WindowPlacement.place(FULL_HD, 3000, 900, 1280, 800));
    }

    @Test
    void aSmallScreenGetsTheWholeScreenNotMore() {
        assertEquals(new Rectangle2D(43, 0, 1280, 740), WindowPlacement.place(new Rectangle2D(0, 0, 1366, 740), Double.NaN, Double.NaN, 1280, 800));
    }
}
