package org.uptake.gui.features;

import java.nio.file.Path;
import java.util.List;
import org.uptake.adoption.DefinitionPreview;
import org.uptake.adoption.EventCatalogEntry;
import org.uptake.impact.MetricPreview;
import org.uptake.ingest.FeaturesFile;
import org.uptake.ingest.ImportResult;
import org.uptake.model.Feature;
import org.uptake.model.FeatureVersion;
import org.uptake.services.WorkspaceServices;

/** The feature editor's view of an open workspace's services; saving writes its files in {@code scratch} before importing them. */
public final class FeatureEditorServices implements FeatureEditorViewModel.Services {

    private final WorkspaceServices services;
    private final Path scratch;

    public FeatureEditorServices(WorkspaceServices services, Path scratch) {
        this.services = services;
        this.scratch = scratch;
    }

    @Override
    public List<EventCatalogEntry> catalogue() {
        return services.eventCatalog().all();
    }

    @Override
    public List<String> segments() {
        return services.eventCatalog().segments();
    }

    @Override
    public DefinitionPreview.Counts preview(Feature draft) {
        return services.definitionPreview().of(draft);
    }

    @Override
    public List<MetricPreview.Values> metrics(Feature draft) {
        return services.metricPreview().of(draft);
    }

    @Override
    public String save(Feature feature, Path brief) throws Exception {
        ImportResult result = FeaturesFile.save(services.importer(), feature, scratch);
        if (brief != null) {
            FeaturesFile.attachBrief(services.importer(), feature.key(), brief, scratch);
        }
        int version = services.featureVersions().current(feature.key());
        return result.imported() == 0 ? feature.name() + " is unchanged (version " + version + ")."
                : feature.name() + " saved as version " + version + (brief == null ? "." : ", with its brief.");
    }

    @Override
    public List<FeatureVersion> history(String key) {
        return services.featureVersions().history(key);
    }

    @Override
    public Feature stored(String key) {
        return FeaturesFile.stored(services.workspace()).stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No feature '" + key + "' in this workspace"));
    }
}
