package org.uptake.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Opens the scenario's output files, gzipped when asked (event files only, the large ones). */
final class OutputFiles {

    private final Path folder;
    private final boolean gzip;

    OutputFiles(Path folder, boolean gzip) {
        this.folder = folder;
        this.gzip = gzip;
    }

    Path folder() {
        return folder;
    }

    String eventFileName(String name) {
        return gzip ? name + ".gz" : name;
    }

    Writer events(String name) throws IOException {
        OutputStream stream = Files.newOutputStream(folder.resolve(eventFileName(name)));
        if (gzip) {
            stream = new GZIPOutputStream(stream, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    Writer plain(String name) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
