package org.uptake.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.uptake.model.Feature;
import org.uptake.model.Progress;
import org.uptake.workspace.ExportFile;

/**
 * features.json as the editor and {@code uptake features} write it: the workspace's definitions
 * exported as an array that imports back to the same definitions, and a definition saved from the
 * editor, which goes through the importer (same rules, kept original, rollups rebuilt, a new version).
 */
public final class FeaturesFile {

    /** Leaves out empty and missing fields, so an exported file reads like a hand-written one and imports to the same definitions. */
    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = FeatureCatalog.JSON.copy()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY).writerWithDefaultPrettyPrinter();

    private FeaturesFile() {
    }

    /** Every definition the workspace stores, as imported or saved, in launch order. */
    public static List<Feature> stored(org.uptake.workspace.Workspace workspace) {
        try (org.uptake.workspace.Transaction tx = org.uptake.workspace.Transaction.begin(workspace)) {
            return FeatureCatalog.load(tx);
        }
    }

    /** One stored definition (a version's JSON) as a feature. */
    public static Feature parse(String definition) {
        return FeatureCatalog.parse(definition);
    }

    /** The definitions as a features.json array, pretty-printed. */
    public static String json(List<Feature> features) {
        try {
            return WRITER.writeValueAsString(features) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Attaches a launch brief (Markdown) to a saved feature, imported like any brief: copied under
     * the feature's key so it belongs to this feature whatever the file is called.
     */
    public static ImportResult attachBrief(Importer importer, String key, Path brief, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        Path file = scratch.resolve(key.replaceAll("[^A-Za-z0-9_.-]", "_") + ".md");
        String text = Files.readString(brief);
        // The importer files a brief under the key its "Feature key:" line names, so the line is added when missing.
        Files.writeString(file, text.matches("(?is).*feature key:.*") ? text : "Feature key: " + key + "\n\n" + text);
        try {
            return importer.importFile(importer.plan(file), Progress.NONE);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the definitions to an export (a temp file moved into place). */
    public static void export(List<Feature> features, ExportFile file) throws IOException {
        file.writeString(json(features));
    }

    /**
     * Saves one definition: refused with the importer's message naming the field at fault, else
     * written to {@code editor-KEY.json} in {@code scratch} and imported, so the workspace keeps the
     * file like any import and the old definition stays in the history.
     */
    public static ImportResult save(Importer importer, Feature feature, Path scratch) throws IOException {
        String problem = FeatureRules.problem(feature);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Files.createDirectories(scratch);
        Path file = scratch.resolve("editor-" + feature.key().replaceAll("[^A-Za-z0-9_.-]", "_") + ".json");
        Files.writeString(file, json(List.of(feature)));
        try {
            return importer.importFile(importer.plan(file), Progress.NONE);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
