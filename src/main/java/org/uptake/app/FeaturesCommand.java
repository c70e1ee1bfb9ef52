package org.uptake.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.uptake.ingest.FeaturesFile;
import org.uptake.ingest.ImportPlan;
import org.uptake.ingest.ImportResult;
import org.uptake.ingest.SourceKind;
import org.uptake.model.Feature;
import org.uptake.model.FeatureVersion;
import org.uptake.model.Progress;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.FeatureVersions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uptake features <dir> list|show KEY|export [--out F]|import F}: the workspace's feature definitions and their history. */
@Command(name = "features", description = "List, show, export or import the workspace's feature definitions (features.json)."
        + " show prints a definition with its history of versions.")
final class FeaturesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    WorkspaceFolder workspace;

    @Mixin
    ExportOptions export;

    @Parameters(index = "1", paramLabel = "<action>", description = "list, show, export or import.")
    String action;

    @Parameters(index = "2", arity = "0..1", paramLabel = "<key-or-file>", description = "show: the feature's key; import: the features.json file.")
    String argument;

    @Option(names = "--out", paramLabel = "FILE", description = "export: write features.json here (default: print it).")
    Path out;

    /** One feature in the list: its current definition's version. */
    record Listed(String key, String name, LocalDate launchedAt, int definitionVersion) {
    }

    /** One version in a feature's history. */
    record Version(int version, String changedBy, Instant changedAt, String whatChanged) {
    }

    /** A feature's current definition and every version it has had. */
    record Shown(String key, int definitionVersion, JsonNode definition, List<Version> history) {
    }

    /** What an import of features.json did. */
    record Imported(String file, long defined, long unchanged, long refused, List<String> reasons) {
    }

    @Override
    public Integer call() throws Exception {
        switch (action) {
            case "list" -> list();
            case "show" -> show(required("show needs the feature's key"));
            case "export" -> export();
            case "import" -> {
                return importFile(Path.of(required("import needs a features.json file")));
            }
            default -> throw options.usage("unknown action '" + action + "': use list, show, export or import");
        }
        return 0;
    }

    private String required(String why) {
        if (argument == null) {
            throw options.usage(why);
        }
        return argument;
    }

    private void list() {
        List<Listed> listed = workspace.read(services -> {
            FeatureVersions versions = services.featureVersions();
            return FeaturesFile.stored(services.workspace()).stream()
                    .map(f -> new Listed(f.key(), f.name(), f.launchedAt(), versions.current(f.key()))).toList();
        });
        StringBuilder text = new StringBuilder(String.format("%-32s %-12s %-8s %s%n", "KEY", "LAUNCHED", "VERSION", "NAME"));
        listed.forEach(f -> text.append(String.format("%-32s %-12s %-8s %s%n", f.key(), f.launchedAt(), "v" + f.definitionVersion(), f.name())));
        options.print(listed, listed.isEmpty() ? "No features defined; import a features.json first." : text.toString().stripTrailing());
    }

    private void show(String key) {
        List<FeatureVersion> history = workspace.read(services -> services.featureVersions().history(key));
        if (history.isEmpty()) {
            throw new IllegalArgumentException("No feature '" + key + "' in this workspace; try uptake features <workspace> list");
        }
        FeatureVersion current = history.get(history.size() - 1);
        JsonNode definition;
        try {
            definition = Json.MAPPER.readTree(current.definition());
        } catch (IOException e) {
            throw new IllegalStateException("The stored definition of '" + key + "' cannot be read: " + e.getMessage(), e);
        }
        List<Version> versions = history.stream().map(v -> new Version(v.version(), v.changedBy(), v.changedAt(), v.whatChanged())).toList();
        StringBuilder text = new StringBuilder(Json.write(definition)).append("\n\nHistory\n");
        versions.forEach(v -> text.append(String.format("  v%-3d %s  %-16s %s%n", v.version(), v.changedAt(), v.changedBy(), v.whatChanged())));
        options.print(new Shown(key, current.version(), definition, versions), text.toString().stripTrailing());
    }

    private void export() throws IOException {
        ExportFile file = this.export.target(out, workspace.folder);
        List<Feature> features = workspace.read(services -> FeaturesFile.stored(services.workspace()));
        if (file == null) {
            options.out().print(FeaturesFile.json(features));
            options.out().flush();
            return;
        }
        FeaturesFile.export(features, file);
        options.print(new Exported(file.path().toString(), features.size()), "Exported " + features.size() + " feature definitions to " + file.path());
    }

    /** Where an export went. */
    record Exported(String file, int features) {
    }

    private int importFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw options.usage("no such file: " + file);
        }
        ImportResult result = workspace.read(services -> {
            ImportPlan plan = services.importer().plan(file);
            if (plan.sniff().kind() != SourceKind.FEATURES) {
                throw options.usage(file.getFileName() + " holds " + plan.sniff().kind().label() + ", not feature definitions;"
                        + " use uptake import for it");
            }
            return services.importer().importFile(plan, Progress.NONE);
        });
        List<String> reasons = result.quarantineSample().stream().map(r -> "line " + r.line() + ": " + r.reason()).toList();
        Imported imported = new Imported(result.fileName(), result.imported(), result.duplicates(), result.quarantined(), reasons);
        StringBuilder text = new StringBuilder(String.format("%s: %d defined or changed, %d unchanged, %d refused", imported.file(),
                imported.defined(), imported.unchanged(), imported.refused()));
        reasons.forEach(r -> text.append("\n  ").append(r));
        options.print(imported, text.toString());
        return 0;
    }
}
