package org.uptake.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.uptake.workspace.StrugglingSetStore;
import org.uptake.workspace.Workspace;

/**
 * The digest's proactive figures as the last refresh computed them, kept in the workspace's settings with the data
 * (the last import) and the definitions (every feature's, the struggle thresholds, the rolling window) they were
 * computed on. {@code uptake digest} after {@code uptake watch --once}, in a process of its own, reads them instead of
 * detecting the rolling window again (27 s at a million people); any import or changed definition makes them stale.
 */
final class KeptProactiveFigures {

    static final String KEY = "watch.proactive";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final StrugglingSetStore store;
    private final Supplier<String> thresholds;

    /** {@code thresholds}: the struggle thresholds as text, which changes when one does. */
    KeptProactiveFigures(Workspace workspace, Supplier<String> thresholds) {
        this.workspace = workspace;
        this.store = new StrugglingSetStore(workspace);
        this.thresholds = thresholds;
    }

    /** The data as it is now: read before computing figures, so that figures of data that changed meanwhile are not kept. */
    StrugglingSetStore.DataState state() {
        return store.state();
    }

    /** The figures kept for this data day, when they were computed on this data with these definitions. */
    Optional<List<ProactiveFigure>> read(LocalDate asOf, WatchSettings settings, StrugglingSetStore.DataState data) {
        Optional<String> kept = workspace.settings().get(KEY);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode doc = JSON.readTree(kept.get());
            if (doc.path("batch").asLong(-1) != data.batch() || !doc.path("fingerprint").asText().equals(fingerprint(settings))
                    || !doc.path("asOf").asText().equals(asOf.toString())) {
                return Optional.empty();
            }
            List<ProactiveFigure> figures = new ArrayList<>();
            for (JsonNode f : doc.path("figures")) {
                JsonNode median = f.path("medianDaysAhead");
                figures.add(new ProactiveFigure(f.path("feature").asText(), f.path("name").asText(), LocalDate.parse(f.path("from").asText()),
                        LocalDate.parse(f.path("to").asText()), f.path("ticketFilers").asInt(), f.path("struggledFirst").asInt(),
                        f.path("share").asDouble(), median.isNumber() ? median.asDouble() : null));
            }
            return Optional.of(figures);
        } catch (java.io.IOException | RuntimeException e) {
            // Only a shortcut: figures that cannot be read are computed again.
            return Optional.empty();
        }
    }

    /**
     * Keeps the figures in place of the last ones. Keeps nothing when the data changed since {@code data} was read, or
     * the workspace is open read-only.
     */
    void write(LocalDate asOf, WatchSettings settings, StrugglingSetStore.DataState data, List<ProactiveFigure> figures) {
        if (workspace.readOnly() || !store.state().equals(data)) {
            return;
        }
        ObjectNode doc = JSON.createObjectNode();
        doc.put("batch", data.batch());
        doc.put("fingerprint", fingerprint(settings));
        doc.put("asOf", asOf.toString());
        ArrayNode list = doc.putArray("figures");
        for (ProactiveFigure f : figures) {
            ObjectNode n = list.addObject();
            n.put("feature", f.feature());
            n.put("name", f.name());
            n.put("from", f.from().toString());
            n.put("to", f.to().toString());
            n.put("ticketFilers", f.ticketFilers());
            n.put("struggledFirst", f.struggledFirst());
            n.put("share", f.share());
            if (f.medianDaysAhead() == null) {
                n.putNull("medianDaysAhead");
            } else {
                n.put("medianDaysAhead", f.medianDaysAhead());
            }
        }
        workspace.settings().put(KEY, doc.toString());
    }

    private String fingerprint(WatchSettings settings) {
        return store.fingerprint(thresholds.get() + "|proactiveDays=" + settings.proactiveDays());
    }
}
