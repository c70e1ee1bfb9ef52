package org.uptake.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Feature;

/** Reads and writes feature definitions as the workspace stores them (the JSON of features.json). */
public final class FeatureCatalog {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FeatureCatalog() {
    }

    public static List<Feature> load(Connection c) throws SQLException {
        List<Feature> features = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT definition FROM feature ORDER BY launched_at, feature_key");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                features.add(parse(rs.getString(1)));
            }
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
