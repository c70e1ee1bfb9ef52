package org.uptake.gui.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The workspaces opened lately, newest first, kept in the user's preferences. */
public final class RecentWorkspaces {

    static final int LIMIT = 8;
    private static final String KEY = "recentWorkspaces";

    private final Preferences preferences;

    public RecentWorkspaces(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The store the app uses; tests pass a node of their own. */
    public static RecentWorkspaces forUser() {
        return new RecentWorkspaces(Preferences.userRoot().node("org/uptake"));
    }

    /** The preferences node this list lives in; the window's placement is kept beside it. */
    public Preferences preferences() {
        return preferences;
    }

    public List<Path> list() {
        String stored = preferences.get(KEY, "");
        if (stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    /**
     * Puts the folder first, dropping an older entry for it and the oldest beyond the limit, and returns the list as it
     * now is (read back, it could wait for the write on its way to disk).
     */
    public List<Path> add(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(normalized);
        paths.add(0, normalized);
        List<Path> kept = List.copyOf(paths.subList(0, Math.min(LIMIT, paths.size())));
        save(kept);
        return kept;
    }

    public void remove(Path folder) {
        List<Path> paths = new ArrayList<>(list());
        paths.remove(folder.toAbsolutePath().normalize());
        save(paths);
    }

    private void save(List<Path> paths) {
        preferences.put(KEY, String.join("\n", paths.stream().map(Path::toString).toList()));
        // Written to disk on a thread of its own: opening a workspace calls this on the FX thread, and the preferences'
        // first flush (its file, its lock, its classes) held that thread 150 ms, a visible stall. The list is read back
        // from memory meanwhile, and the preferences flush themselves once more as the JVM exits.
        WRITER.execute(() -> {
            try {
                preferences.flush();
            } catch (BackingStoreException | IllegalStateException e) {
                // The list still works for this session; it is a convenience, not data. (Removed nodes, as tests
                // remove theirs, refuse a flush with IllegalStateException.)
            }
        });
    }

    /** One daemon thread, so the writes land in the order made. */
    private static final java.util.concurrent.Executor WRITER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "uptake-preferences");
        t.setDaemon(true);
        return t;
    });
}
