package org.uptake.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uptake.model.Feature;
import org.uptake.workspace.FeatureStore;
import org.uptake.workspace.Transaction;

/** Imports feature definitions (features.json) and launch briefs (Markdown, one per feature). */
final class DefinitionImport {

    private static final Pattern KEY_LINE = Pattern.compile("(?im)feature key:\\**\\s*`?([a-z0-9][a-z0-9_-]*)`?");

    private final Transaction transaction;
    private final WorkspaceIndex index;
    private final long batchId;
    long imported;
    long duplicates;
    long records;

    DefinitionImport(Transaction transaction, WorkspaceIndex index, long batchId) {
        this.transaction = transaction;
        this.index = index;
        this.batchId = batchId;
    }

    /** Defines or redefines each feature, then rebuilds its rollups from the events already imported. */
    void features(FileSniff sniff, QuarantineWriter quarantine) throws IOException {
        List<Feature> changed = new ArrayList<>();
        java.util.Map<String, Long> keys = new java.util.HashMap<>();
        JsonRecords.read(sniff, (line, raw, node, problem) -> {
            records++;
            try {
                if (problem != null) {
                    quarantine.add(line, raw, problem);
                    return;
                }
                String why = FeatureRules.problem(node);
                if (why == null) {
                    Long first = keys.putIfAbsent(node.get("key").asText(), line);
                    if (first != null) {
                        why = "feature " + node.get("key").asText() + ": key defined twice in this file (first on line " + first
                                + "); the first definition is kept";
                    }
                }
                if (why != null) {
                    quarantine.add(line, raw, why);
                    return;
                }
                Feature feature = FeatureCatalog.JSON.treeToValue(node, Feature.class);
                if (store(feature, sniff.displayName())) {
                    changed.add(feature);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, () -> false, new java.util.concurrent.atomic.AtomicLong());
        for (Feature feature : changed) {
            RollupQueries.rebuildFeature(transaction, feature, index.names);
        }
    }

    /** True when the definition is new or different from the stored one. */
    private boolean store(Feature feature, String source) {
        String json = FeatureCatalog.toJson(feature);
        if (FeatureStore.holds(transaction, feature.key(), json)) {
            duplicates++;
            return false;
        }
        FeatureStore.store(transaction, feature, json, batchId, System.getProperty("user.name", "analyst"), source);
        imported++;
        return true;
    }

    /** A brief belongs to the feature its "Feature key:" line names, or whose key is the file's name. */
    void brief(FileSniff sniff) throws IOException {
        String text;
        try (BufferedReader reader = TextSource.reader(sniff)) {
            StringBuilder all = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                all.append(line).append('\n');
            }
            text = all.toString();
        }
        records = 1;
        String key = featureKey(sniff.file(), text);
        if (!FeatureStore.storeBrief(transaction, key, text)) {
            throw new ImportProblem("The brief " + sniff.file().getFileName() + " is for feature '" + key
                    + "', which this workspace does not define. Import features.json first.");
        }
        imported = 1;
    }

    static String featureKey(Path file, String text) {
        Matcher m = KEY_LINE.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
    }
}
