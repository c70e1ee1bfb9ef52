package org.uptake.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Feature;
import org.uptake.workspace.FeatureStore;
import org.uptake.workspace.Transaction;

/** Reads and writes feature definitions as the workspace stores them (the JSON of features.json). */
public final class FeatureCatalog {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FeatureCatalog() {
    }

    /** The workspace's features as their stored definitions say, in launch order. */
    public static List<Feature> load(Transaction tx) {
        List<Feature> features = new ArrayList<>();
        for (String definition : FeatureStore.definitions(tx)) {
            features.add(parse(definition));
        }
        return features;
    }

    static Feature parse(String json) {
        try {
            return JSON.readValue(json, Feature.class);
        } catch (IOException e) {
            throw new IllegalStateException("A stored feature definition cannot be read: " + e.getMessage(), e);
        }
    }

    static String toJson(Feature feature) {
        try {
            return JSON.writeValueAsString(feature);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
