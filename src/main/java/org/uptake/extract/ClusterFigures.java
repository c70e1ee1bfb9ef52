package org.uptake.extract;

import java.util.List;
import java.util.Optional;
import org.uptake.model.ExtractSource;
import org.uptake.model.Feature;
import org.uptake.workspace.ExtractStore;

/**
 * The figures a Spark extract brought, when the workspace's data came from one: counted exactly over
 * everyone on the cluster, set beside what the workspace's people sample shows.
 */
public final class ClusterFigures {

    private final ExtractStore store;

    public ClusterFigures(ExtractStore store) {
        this.store = store;
    }

    /** The extract the workspace's data came from, if any. */
    public Optional<ExtractSource> origin() {
        return store.latest();
    }

    /** A feature's exact figures from the latest extract, if the workspace's data came from one that counted it. */
    public Optional<ExactAdoption> exact(String featureKey) {
        return ExactAdoption.of(store, featureKey);
    }

    /** A feature's adoption, breakdowns, funnel steps and time to first use as the latest extract counted them, if it did. */
    public Optional<ExactCounts> counts(String featureKey) {
        return store.latest().flatMap(source -> ExactAdoption.of(store, source, featureKey).map(exact -> exact.counts(source)));
    }

    /** A feature's success metrics as the latest extract counted them; empty when the data did not come from one. */
    public List<ExactMetric> metrics(Feature feature) {
        return store.latest().map(source -> ExactMetric.of(store.figures(source.batchId(), feature.key()), feature, source))
                .orElse(List.of());
    }

    /**
     * A feature's adoption counted on the cluster beside the sample's {@code adopters} of {@code active} people
     * (what the analyses computed from the imported records); empty when the data did not come from an extract.
     */
    public Optional<ExactAndSampled> adoption(String featureKey, long adopters, long active) {
        Optional<ExtractSource> source = store.latest();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        return ExactAdoption.of(store, featureKey).map(exact -> new ExactAndSampled(source.get(),
                exact.adopters("all", "all"), exact.active("all", "all"),
                SampledRate.of(Math.toIntExact(adopters), Math.toIntExact(active), source.get().sampleFraction())));
    }
}
