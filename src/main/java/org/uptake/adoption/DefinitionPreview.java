package org.uptake.adoption;

import java.time.LocalDate;
import org.uptake.model.Feature;

/**
 * The feature editor's live preview: the adoption summary and funnel of a definition as it is
 * being written, from launch to the data's last day, counted exactly as a saved definition is.
 */
public final class DefinitionPreview {

    private final AdoptionAnalysis adoption;

    public DefinitionPreview(AdoptionAnalysis adoption) {
        this.adoption = adoption;
    }

    /** Adopters and funnel counts of the draft; null figures when the workspace holds no events yet. */
    public Counts of(Feature draft) {
        LocalDate[] days = adoption.queries().dataDays();
        if (days == null) {
            return new Counts(draft, null, null);
        }
        LocalDate end = days[1];
        AdoptionAnalysis.Window window = new AdoptionAnalysis.Window(draft, draft.launchedAt(), end, days[0]);
        FeaturePeople people = adoption.queries().readDraft(draft, draft.launchedAt(), end);
        FunnelReport funnel = draft.funnel().isEmpty() ? null
                : AdoptionAnalysis.funnelOf(draft, FunnelReport.Breakdown.NONE, AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS, people);
        return new Counts(draft, SummaryCount.of(window, people), funnel);
    }

    /** What the preview shows: the summary (adopters, active people, rates) and the funnel, null without a funnel. */
    public record Counts(Feature draft, AdoptionSummary summary, FunnelReport funnel) {
    }
}
