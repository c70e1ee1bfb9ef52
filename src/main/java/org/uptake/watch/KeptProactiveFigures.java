package org.uptake.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

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

    /** What is kept: the figures, and the data day, import and definitions they were computed on. */
    private record Kept(long batch, String fingerprint, LocalDate asOf, List<ProactiveFigure> figures) {
    }

    /** The figures kept for this data day, when they were computed on this data with these definitions. */
    Optional<List<ProactiveFigure>> read(LocalDate asOf, WatchSettings settings, StrugglingSetStore.DataState data) {
        try {
            Optional<Kept> kept = workspace.settings().get(KEY).map(text -> {
                try {
                    return JSON.readValue(text, Kept.class);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return kept.filter(k -> k.batch() == data.batch() && k.fingerprint().equals(fingerprint(settings)) && k.asOf().equals(asOf))
                    .map(Kept::figures);
        } catch (RuntimeException e) {
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
        try {
            workspace.settings().put(KEY, JSON.writeValueAsString(new Kept(data.batch(), fingerprint(settings), asOf, figures)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Proactive figures are plain values and always write as JSON", e);
        }
    }

    private String fingerprint(WatchSettings settings) {
        return store.fingerprint(thresholds.get() + "|proactiveDays=" + settings.proactiveDays());
    }
}
