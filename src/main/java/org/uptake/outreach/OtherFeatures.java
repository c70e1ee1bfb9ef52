package org.uptake.outreach;

import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Feature;
import org.uptake.model.FeatureRef;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/** The names of the workspace's other features: copy about one feature must not name another. */
final class OtherFeatures {

    private OtherFeatures() {
    }

    static List<String> names(Workspace workspace, Feature feature) {
        List<String> names = new ArrayList<>();
        for (FeatureRef f : new FeatureQueries(workspace).list()) {
            if (!f.key().equals(feature.key()) && !feature.name().toLowerCase().contains(f.name().toLowerCase())) {
                names.add(f.name());
            }
        }
        return names;
    }
}
