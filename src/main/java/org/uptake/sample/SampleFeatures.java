package org.uptake.sample;

import java.util.List;
import org.uptake.model.Feature;
import org.uptake.model.Feature.AdoptionGoal;
import org.uptake.model.Feature.SuccessMetric;

/** The three features of the scenario's workspace, as its {@code features.json} defines them. */
final class SampleFeatures {

    static final Feature DASHBOARD = new Feature("dashboard-customization", "Dashboard customization",
            ScenarioDates.DASHBOARD_LAUNCH, "Users cannot find the metrics they check most",
            List.of("enterprise", "smb"), new AdoptionGoal(DashboardStory.LAYOUT_SAVED, 0.25, 30),
            List.of(DashboardStory.EDIT_OPENED, DashboardStory.WIDGET_MOVED, DashboardStory.LAYOUT_SAVED),
            DashboardStory.LAYOUT_RESET, List.of(BaseActivity.LEGACY_FILTER), List.of(),
            List.of(new SuccessMetric("Dashboard session time", BaseActivity.DASHBOARD_VIEWED, "duration_s", null, "lower"),
                    new SuccessMetric("Dashboard navigation tickets", null, null, List.of(TicketDesk.NAVIGATION_TAG), "lower")),
            "briefs/dashboard-customization.md");

    static final Feature EXPORTS = new Feature("scheduled-exports", "Scheduled exports", ScenarioDates.EXPORTS_LAUNCH,
            "Analysts re-download the same reports by hand every week", List.of("enterprise", "mid-market", "smb"),
            new AdoptionGoal(ExportsStory.EXPORT_SCHEDULED, 0.30, 60),
            List.of(ExportsStory.DIALOG_OPENED, ExportsStory.SCHEDULE_CONFIGURED, ExportsStory.EXPORT_SCHEDULED),
            null, List.of(BaseActivity.EXPORT_DOWNLOADED), List.of(),
            List.of(new SuccessMetric("Manual export downloads", BaseActivity.EXPORT_DOWNLOADED, null, null, "lower")),
            "briefs/scheduled-exports.md");

    static final Feature SAVED_VIEWS = new Feature("saved-views", "Saved views", ScenarioDates.SAVED_VIEWS_LAUNCH,
            "Analysts rebuild the same report filters every time", List.of("enterprise", "mid-market"),
            new AdoptionGoal(BaseActivity.VIEW_SAVED, 0.30, 60), List.of(), null, List.of(),
            List.of(BaseActivity.SAVED_VIEW_OPENED),
            List.of(new SuccessMetric("Saved views opened", BaseActivity.SAVED_VIEW_OPENED, null, null, "higher")),
            "briefs/saved-views.md");

    static final List<Feature> ALL = List.of(DASHBOARD, EXPORTS, SAVED_VIEWS);

    private SampleFeatures() {
    }
}
