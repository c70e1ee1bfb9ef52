package org.uptake.app;

import java.nio.file.Path;
import java.util.List;
import org.uptake.workspace.KeptOriginals;

/** The lines {@code uptake info} prints about the kept originals in imports/. */
final class KeptText {

    private KeptText() {
    }

    /** Kept files the database does not know (restored from an older backup, or a killed import), and how to import them again. */
    static String unknown(List<String> files, String workspaceFolder, Path imports) {
        if (files.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(String.format("%n%nKept files the database does not know (%d): a restored backup"
                + " or an unfinished import left them in %s.%nImport them again with:%n  uptake import %s", files.size(), imports,
                quoted(workspaceFolder)));
        files.forEach(f -> text.append(' ').append(quoted(imports.resolve(f).toString())));
        return text.toString();
    }

    static String verified(List<KeptOriginals.Check> checks) {
        StringBuilder text = new StringBuilder(String.format("%n%nKept originals checked: %d", checks.size()));
        long ok = checks.stream().filter(c -> c.status() == KeptOriginals.Status.OK).count();
        text.append(String.format(", %d match their checksum", ok));
        for (KeptOriginals.Check c : checks) {
            if (c.status() != KeptOriginals.Status.OK) {
                text.append(String.format("%n  %s (import %d): %s", c.file(), c.batchId(), c.status().label()));
            }
        }
        return text.toString();
    }

    private static String quoted(String path) {
        return path.matches("[\\w./:@+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
