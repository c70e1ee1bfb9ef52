package org.uptake.workspace;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One writer per workspace: an OS file lock on {@code workspace.lock}, held while the workspace
 * is open. The file names the holder so a second window or process can say who has it.
 * The OS releases the lock if the process dies, so a crash never leaves a workspace stuck.
 */
final class WorkspaceLock implements AutoCloseable {

    static final String FILE_NAME = "workspace.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock of a workspace opened for reading only: the writer's lock when the lock file can be
     * written, else a shared lock on it (still refused while a writer holds it), else none (a
     * read-only folder without a lock file: nobody can be writing it).
     */
    static WorkspaceLock acquire(Path folder, String workspaceName, boolean readOnly) {
        if (!readOnly) {
            return acquire(folder, workspaceName);
        }
        try {
            return acquire(folder, workspaceName);
        } catch (WorkspaceException e) {
            if (e.problem() == WorkspaceException.Problem.IN_USE) {
                throw e;
            }
        }
        Path file = folder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new WorkspaceLock(null, null);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            FileLock shared = channel.tryLock(0, Long.MAX_VALUE, true);
            if (shared == null) {
                channel.close();
                throw inUse(folder, workspaceName, describeHolder(file));
            }
            return new WorkspaceLock(channel, shared);
        } catch (OverlappingFileLockException sameProcess) {
            closeQuietly(channel);
            throw inUse(folder, workspaceName, describeHolder(file));
        } catch (IOException e) {
            closeQuietly(channel);
            return new WorkspaceLock(null, null);
        }
    }

    static WorkspaceLock acquire(Path folder, String workspaceName) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw inUse(folder, workspaceName, describeHolder(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holderDescription().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException(WorkspaceException.Problem.IO,
                    "Cannot lock workspace '" + workspaceName + "' at " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Null when another process holds the lock, or another window of this process does. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    private static WorkspaceException inUse(Path folder, String name, String holder) {
        return new WorkspaceException(WorkspaceException.Problem.IN_USE,
                "Workspace '" + name + "' is already open in another Uptake window or process"
                        + (holder.isBlank() ? "" : " (" + holder + ")")
                        + ". Close it there, then open it again. Folder: " + folder);
    }

    private static String holderDescription() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        return "process " + ProcessHandle.current().pid() + " on " + host + ", opened "
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    private static String describeHolder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.length() > 200 ? text.substring(0, 200) : text;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it anyway.
        }
        closeQuietly(channel);
    }
}
