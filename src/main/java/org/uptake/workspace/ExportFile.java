package org.uptake.workspace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where one export goes: never inside a workspace folder (but its {@code exports/}), never over an
 * existing file unless the analyst said so, and written whole or not at all (a temporary file in
 * the same folder, then an atomic move), so a failed export leaves what was there before.
 */
public final class ExportFile {

    /** Writes an export's content to a stream. */
    @FunctionalInterface
    public interface Content<T> {
        void writeTo(T out) throws IOException;
    }

    private final Path target;
    private final boolean replace;

    private ExportFile(Path target, boolean replace) {
        this.target = target;
        this.replace = replace;
    }

    /**
     * An export to {@code target}, checked now: refused with {@link ExportRefused} when it lies in
     * the workspace folder (outside its {@code exports/}) or already exists and {@code replace} is false.
     */
    public static ExportFile to(Path target, Path workspaceFolder, boolean replace) {
        Path path = target.toAbsolutePath().normalize();
        refuseInsideWorkspace(path, workspaceFolder);
        if (Files.isDirectory(path)) {
            throw new ExportRefused(path + " is a folder; give a file name.");
        }
        if (!replace && Files.exists(path)) {
            throw new ExportRefused(path + " already exists; choose another name, or allow replacing it (--force).");
        }
        return new ExportFile(path, replace);
    }

    /** Refuses a path in the workspace folder: only its exports/ may receive files. */
    public static void refuseInsideWorkspace(Path path, Path workspaceFolder) {
        if (workspaceFolder == null) {
            return;
        }
        Path real = realLocation(path.toAbsolutePath().normalize());
        Path workspace = realLocation(workspaceFolder.toAbsolutePath().normalize());
        if (real.startsWith(workspace) && !real.startsWith(workspace.resolve(Workspace.EXPORTS_FOLDER))) {
            throw new ExportRefused(path + " is inside the workspace folder " + workspace
                    + "; exports go outside it (or into its " + Workspace.EXPORTS_FOLDER + "/ folder).");
        }
    }

    /** The path with every existing part resolved (symbolic links followed), so a link cannot hide the workspace. */
    static Path realLocation(Path path) {
        Path existing = path;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            Path real = existing.toRealPath();
            return rest == null ? real : real.resolve(rest);
        } catch (IOException e) {
            return path;
        }
    }

    public Path path() {
        return target;
    }

    /** Writes the bytes whole, then moves them into place. */
    public void write(Content<OutputStream> content) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (!replace && Files.exists(target)) {
                throw new ExportRefused(target + " appeared while the export was written; nothing was replaced.");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes UTF-8 text whole, then moves it into place. */
    public void writeText(Content<Writer> content) throws IOException {
        write(out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Writes a string whole, then moves it into place. */
    public void writeString(String text) throws IOException {
        writeText(out -> out.write(text));
    }
}
