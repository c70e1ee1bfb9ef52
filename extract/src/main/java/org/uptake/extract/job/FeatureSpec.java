package org.uptake.extract.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The part of a feature in features.json that the cluster needs: launch, adoption event, funnel, success metrics. */
public record FeatureSpec(String key, LocalDate launchedAt, List<String> targetSegments, String adoptionEvent,
        List<String> funnel, String revertEvent, List<Metric> metrics) implements Serializable {

    /** A success metric: an event (optionally one numeric property of it) or tickets with given tags. */
    public record Metric(String name, String event, String property, List<String> ticketTags) implements Serializable {
    }

    static final long DAY = 86_400_000L;

    long launchMillis() {
        return launchedAt.toEpochDay() * DAY;
    }

    /** Reads the workspace's features.json (the same file the desktop imports). */
    static List<FeatureSpec> parse(String json) throws IOException {
        List<FeatureSpec> features = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json)) {
            List<Metric> metrics = new ArrayList<>();
            for (JsonNode m : f.path("successMetrics")) {
                metrics.add(new Metric(m.path("name").asText(), text(m, "event"), text(m, "property"), strings(m.path("ticketTags"))));
            }
            JsonNode adoption = f.path("adoption");
            features.add(new FeatureSpec(f.path("key").asText(), LocalDate.parse(f.path("launchedAt").asText()),
                    strings(f.path("targetSegments")), text(adoption, "event"), strings(f.path("funnel")),
                    text(f, "revertEvent"), metrics));
        }
        return features;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
