package org.uptake.gui.adoption;

import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.model.Figures;

/** The KPI tiles: the target audience's adoption against target and pace (all active beside it), time to first use, abandoned, reverted, stopped. */
final class AdoptionTiles extends FlowPane {

    private final java.util.function.Consumer<org.uptake.adoption.PeopleQuery.Kind> open;

    AdoptionTiles(java.util.function.Consumer<org.uptake.adoption.PeopleQuery.Kind> open) {
        super(12, 12);
        this.open = open;
        setId("adoptionTiles");
    }

    void show(AdoptionSummary s) {
        show(s, null);
    }

    /** The tiles; from an extract ({@code blocks} not null) time to first use and abandoned as the cluster counted them, the rest labelled as the sample's. */
    void show(AdoptionSummary s, ExtractBlocks blocks) {
        AdoptionSummary.TimeToFirstUse t = s.timeToFirstUse();
        AdoptionSummary.TargetAudience audience = s.targetAudience();
        AdoptionSummary.TimeToFirstUse targeted = audience.timeToFirstUse();
        String allActive = audience.isSegments() ? String.format(Figures.LOCALE, " · all active people %s (%s of %s)",
                Figures.percent(s.adoptionRate(), 1), Figures.count(s.adopters()), Figures.count(s.activePeople())) : "";
        String ttfuValue = t.adopters() == 0 ? "–" : Figures.days(t.medianDays());
        String ttfuDetail = t.adopters() == 0 ? "no adopters to measure" : "p75 " + Figures.days(t.p75Days()) + " · "
                + Figures.percent(t.within7Days(), 0) + " within 7 days"
                + (audience.isSegments() && targeted.adopters() > 0 ? " · " + audience.describe() + ": median "
                        + Figures.days(targeted.medianDays()) : "")
                + (t.leftOut() > 0 ? " · leaves out " + Figures.count(t.leftOut()) + " whose first use may predate the data" : "");
        String abandonedValue = Figures.count(s.abandoned());
        String abandonedDetail = Figures.percent(s.abandonmentRate(), 1) + " of active people entered and never finished";
        String revertedDetail = "undid it within 24 h of adopting";
        String stoppedDetail = "adopted, active, no use in the last 14 days";
        if (blocks != null) {
            ttfuValue = blocks.timeToFirstUseValue();
            ttfuDetail = blocks.timeToFirstUseDetail();
            abandonedValue = blocks.abandonedValue();
            abandonedDetail = blocks.abandonedDetail();
            revertedDetail = blocks.revertedDetail();
            stoppedDetail = blocks.stoppedDetail();
        }
        getChildren().setAll(
                clickable(tile("adoption", Figures.percent(s.headlineRate(), 1),
                        Figures.count(audience.adopters()) + " of " + Figures.count(audience.activePeople()) + " active people"
                                + (audience.isSegments() ? " in " + audience.describe() : ""),
                        "target " + Figures.percent(s.target(), 0) + " in " + s.targetWithinDays() + " days · pace " + Figures.percent(s.pace(), 1)
                                + " · " + (s.aheadOfPace() ? "ahead of pace" : "behind pace") + allActive, s.aheadOfPace()),
                        org.uptake.adoption.PeopleQuery.Kind.ADOPTERS),
                clickable(tile("time-to-first-use", ttfuValue, "median time to first use", ttfuDetail, null),
                        org.uptake.adoption.PeopleQuery.Kind.ADOPTERS),
                clickable(tile("abandoned", abandonedValue, "abandoned", abandonedDetail, null),
                        org.uptake.adoption.PeopleQuery.Kind.ABANDONED),
                clickable(tile("reverted", Figures.count(s.reverted()), "reverted", revertedDetail, null),
                        org.uptake.adoption.PeopleQuery.Kind.REVERTED),
                clickable(tile("stopped", Figures.count(s.stopped()), "stopped", stoppedDetail, null),
                        org.uptake.adoption.PeopleQuery.Kind.STOPPED));
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
