package org.uptake.adoption;

import java.util.List;
import org.uptake.model.Feature;

/** Everything the Adoption screen shows for one feature and window, computed from one read of the rollups. */
public record AdoptionOverview(Feature feature, AdoptionSummary summary, AdoptionCurve curve, FunnelReport funnel, UsageDepth depth,
        List<NonAdopter> shouldBeUsing) {

    public AdoptionOverview {
        shouldBeUsing = List.copyOf(shouldBeUsing);
    }
}
