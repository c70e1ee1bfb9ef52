package org.uptake.gui.adoption;

import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.uptake.adoption.AdoptionSummary;

/** The KPI tiles: adoption against target and pace, time to first use, abandoned, reverted, stopped. */
final class AdoptionTiles extends FlowPane {

    private final java.util.function.Consumer<org.uptake.adoption.PeopleQuery.Kind> open;

    AdoptionTiles(java.util.function.Consumer<org.uptake.adoption.PeopleQuery.Kind> open) {
        super(12, 12);
        this.open = open;
        setId("adoptionTiles");
    }

    void show(AdoptionSummary s) {
        AdoptionSummary.TimeToFirstUse t = s.timeToFirstUse();
        getChildren().setAll(
                clickable(tile("adoption", String.format("%.1f%%", 100 * s.adoptionRate()),
                        String.format("%,d of %,d active people", s.adopters(), s.activePeople()),
                        String.format("target %.0f%% in %d days · pace %.1f%% · %s", 100 * s.target(), s.targetWithinDays(),
                                100 * s.pace(), s.aheadOfPace() ? "ahead of pace" : "behind pace"), s.aheadOfPace()),
                        org.uptake.adoption.PeopleQuery.Kind.ADOPTERS),
                clickable(tile("time-to-first-use", t.adopters() == 0 ? "–" : String.format("%.1f days", t.medianDays()), "median time to first use",
                        t.adopters() == 0 ? "no adopters yet" : String.format("p75 %.1f days · %.0f%% within 7 days", t.p75Days(),
                                100 * t.within7Days()), null), org.uptake.adoption.PeopleQuery.Kind.ADOPTERS),
                clickable(tile("abandoned", String.format("%,d", s.abandoned()), "abandoned",
                        String.format("%.1f%% of active people entered and never finished", 100 * s.abandonmentRate()), null),
                        org.uptake.adoption.PeopleQuery.Kind.ABANDONED),
                clickable(tile("reverted", String.format("%,d", s.reverted()), "reverted", "undid it within 24 h of adopting", null),
                        org.uptake.adoption.PeopleQuery.Kind.REVERTED),
                clickable(tile("stopped", String.format("%,d", s.stopped()), "stopped", "adopted, active, no use in the last 14 days",
                        null), org.uptake.adoption.PeopleQuery.Kind.STOPPED));
    }

    private VBox clickable(VBox tile, org.uptake.adoption.PeopleQuery.Kind kind) {
        tile.getStyleClass().add("clickable");
        tile.setOnMouseClicked(e -> open.accept(kind));
        javafx.scene.control.Tooltip.install(tile, new javafx.scene.control.Tooltip("Click to see the people"));
        return tile;
    }

    private static VBox tile(String id, String value, String label, String detail, Boolean good) {
        return org.uptake.gui.common.Tiles.tile(id, value, label, detail, good, 250);
    }
}
