package org.uptake.outreach;

import java.util.List;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.workspace.Workspace;

/** Conversion of every campaign sent since a feature's launch, in data time: contacted against held out. */
public final class CampaignConversions {

    private final Workspace workspace;
    private final AdoptionAnalysis adoption;

    public CampaignConversions(Workspace workspace, AdoptionAnalysis adoption) {
        this.workspace = workspace;
        this.adoption = adoption;
    }

    /** Each campaign of the feature, oldest first. */
    public List<CampaignConversion> of(String featureKey) {
        return new ConversionQueries(workspace).conversion(adoption.feature(featureKey));
    }
}
