package org.uptake.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.uptake.workspace.ExportFile;

/**
 * Writes the digest into the workspace's {@code exports/} as {@code digest-<data day>.<format>}, whole
 * (temp file, then an atomic move). A second refresh on the same data day replaces that day's digest,
 * which is Uptake's own file; nothing else is ever written over.
 */
public final class DigestWriter {

    private final List<DigestFormat> formats;
    private final Path workspaceFolder;
    private final Path exportsFolder;

    public DigestWriter(List<DigestFormat> formats, Path workspaceFolder, Path exportsFolder) {
        this.formats = List.copyOf(formats);
        this.workspaceFolder = workspaceFolder;
        this.exportsFolder = exportsFolder;
    }

    /** Writes the digest in each wanted format this writer knows; returns the files. */
    public List<Path> write(Digest digest, List<String> wanted) throws IOException {
        List<Path> written = new ArrayList<>();
        for (DigestFormat format : formats) {
            if (wanted.contains(format.extension())) {
                written.add(write(digest, format, exportsFolder.resolve("digest-" + digest.asOf() + "." + format.extension())));
            }
        }
        return written;
    }

    /** Writes one format to a file the person chose (outside the workspace, or in its exports/). */
    public Path write(Digest digest, String extension, Path target, boolean replace) throws IOException {
        DigestFormat format = formats.stream().filter(f -> f.extension().equals(extension)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No digest format '" + extension + "': use md, html or pdf."));
        ExportFile file = ExportFile.to(target, workspaceFolder, replace);
        file.write(out -> format.write(digest, out));
        return file.path();
    }

    private Path write(Digest digest, DigestFormat format, Path target) throws IOException {
        return write(digest, format.extension(), target, true);
    }
}
