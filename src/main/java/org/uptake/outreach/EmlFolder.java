package org.uptake.outreach;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.ExportRefused;

/**
 * A folder of .eml files written all or none: every file goes into a temporary folder beside the
 * target first, and only a complete set is moved into place (one rename when the target is new or
 * empty), so a failure halfway leaves nothing behind.
 */
final class EmlFolder {

    private final Path target;
    private final boolean joinExisting;
    private Path temp;
    private final List<Path> placed = new ArrayList<>();

    private EmlFolder(Path target, boolean joinExisting) {
        this.target = target;
        this.joinExisting = joinExisting;
    }

    /**
     * The folder {@code folder}, checked now: never inside the workspace (but its exports/), never a
     * file, and a folder that already holds files only when {@code replace}.
     */
    static EmlFolder to(Path folder, Path workspaceFolder, boolean replace) {
        Path path = folder.toAbsolutePath().normalize();
        ExportFile.refuseInsideWorkspace(path, workspaceFolder);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new ExportRefused(path + " is a file; give a folder for the .eml files.");
        }
        boolean holdsFiles = Files.isDirectory(path) && !isEmpty(path);
        if (holdsFiles && !replace) {
            throw new ExportRefused(path + " already holds files; choose a new or empty folder, or allow adding to it (--force).");
        }
        return new EmlFolder(path, holdsFiles);
    }

    Path target() {
        return target;
    }

    /** Writes one message-ID.eml per email into a temporary folder beside the target. */
    void writeAll(List<Outgoing> mail, String sender) {
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
            Session session = Session.getInstance(new Properties());
            for (Outgoing o : mail) {
                Path file = temp.resolve(name(o));
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    OutputStream out = Channels.newOutputStream(channel);
                    DeliveryFormats.mime(session, sender, o).writeTo(out);
                    out.flush();
                    channel.force(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Nothing was delivered: cannot write the .eml files beside " + target + ": " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Nothing was delivered: cannot build an email: " + e.getMessage(), e);
        }
    }

    /** Moves the complete set into place: the whole folder at once, or (joining a folder that holds files) file by file. */
    void moveIntoPlace() throws IOException {
        if (!joinExisting) {
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty: checked when the delivery began
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> files = Files.list(target)) {
                files.forEach(placed::add);
            }
            return;
        }
        try (Stream<Path> files = Files.list(temp)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(file.getFileName());
                Files.move(file, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                placed.add(to);
            }
        }
    }

    /** Takes back the files this export placed (when the delivery could not be recorded). */
    void undo() {
        for (Path file : placed) {
            deleteQuietly(file);
        }
        if (!joinExisting && Files.isDirectory(target) && isEmpty(target)) {
            deleteQuietly(target);
        }
    }

    /** Removes the temporary folder and whatever is left in it. */
    void cleanUp() {
        if (temp == null || !Files.exists(temp)) {
            return;
        }
        try (Stream<Path> files = Files.list(temp)) {
            files.forEach(EmlFolder::deleteQuietly);
        } catch (IOException e) {
            // Nothing more to do: a leftover hidden temporary folder holds no delivered message.
        }
        deleteQuietly(temp);
    }

    private static String name(Outgoing o) {
        return "message-" + o.message().id() + ".eml";
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Best effort: the caller already reports the failure that brought it here.
        }
    }
}
