package org.uptake.outreach;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.uptake.workspace.WorkspaceSettings;

/**
 * The SMTP password and the LLM API key, kept out of the workspace file (which gets copied, backed
 * up and shared): an environment variable ({@code UPTAKE_SMTP_PASSWORD}, {@code UPTAKE_LLM_API_KEY})
 * wins; otherwise {@code secrets.properties} in the user's config folder, readable by its owner only.
 */
public final class Secrets {

    public static final String SMTP_PASSWORD = "outreach.smtp.password";
    public static final String LLM_API_KEY = "outreach.llm.apiKey";
    public static final String FILE_NAME = "secrets.properties";
    /** Each secret's environment variable. */
    public static final Map<String, String> ENVIRONMENT = Map.of(SMTP_PASSWORD, "UPTAKE_SMTP_PASSWORD", LLM_API_KEY, "UPTAKE_LLM_API_KEY");

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final Function<String, String> environment;

    Secrets(Path file, Function<String, String> environment) {
        this.file = file;
        this.environment = environment;
    }

    /** Secrets in {@code configFolder}'s {@value #FILE_NAME}, environment variables first. */
    public static Secrets in(Path configFolder) {
        return new Secrets(configFolder.resolve(FILE_NAME), System::getenv);
    }

    /** Secrets from environment variables only (nothing can be stored): for code that never sends or generates. */
    public static Secrets environmentOnly() {
        return new Secrets(null, System::getenv);
    }

    public static boolean isSecret(String name) {
        return ENVIRONMENT.containsKey(name);
    }

    /** The secret's value: its environment variable when set, else the stored one. */
    public Optional<String> get(String name) {
        String fromEnvironment = environment.apply(ENVIRONMENT.get(name));
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment);
        }
        return Optional.ofNullable(read().getProperty(name));
    }

    /** Stores a secret in the config folder, owner-only; an empty value removes it. */
    public void put(String name, String value) {
        if (!isSecret(name)) {
            throw new IllegalArgumentException(name + " is not a secret.");
        }
        if (file == null) {
            throw new IllegalStateException("There is no config folder to keep " + name + " in; set " + ENVIRONMENT.get(name) + " instead.");
        }
        Properties stored = read();
        if (value == null || value.isEmpty()) {
            stored.remove(name);
        } else {
            stored.setProperty(name, value);
        }
        write(stored);
    }

    /**
     * Moves secrets an older Uptake kept in the workspace's settings into the config folder (a value
     * already stored there wins) and deletes them from the workspace; returns what it did, in words.
     */
    public List<String> moveOutOf(WorkspaceSettings settings) {
        List<String> notes = new ArrayList<>();
        if (file == null) {
            return notes;
        }
        for (String name : List.of(SMTP_PASSWORD, LLM_API_KEY)) {
            Optional<String> kept = settings.get(name);
            if (kept.isEmpty()) {
                continue;
            }
            String stored = read().getProperty(name);
            if (!kept.get().isEmpty() && stored == null) {
                put(name, kept.get());
                notes.add(name + " was moved out of the workspace into " + file + " (readable by you only).");
            } else if (!kept.get().isEmpty() && !stored.equals(kept.get())) {
                notes.add(name + " was removed from the workspace; the different value in " + file + " is kept.");
            } else {
                notes.add(name + " was removed from the workspace (" + file + " holds it).");
            }
            settings.remove(name);
        }
        return notes;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    private Properties read() {
        Properties stored = new Properties();
        if (file == null || !Files.exists(file)) {
            return stored;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return stored;
    }

    /** Writes the whole file owner-only from its first byte (temp file, then an atomic move). */
    private void write(Properties stored) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                if (posix) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                } else {
                    Files.createDirectories(folder);
                }
            }
            Path temp = posix ? Files.createTempFile(folder, "." + FILE_NAME, ".part", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                    : Files.createTempFile(folder, "." + FILE_NAME, ".part");
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    stored.store(out, "Uptake's secrets: readable by you only. Environment variables "
                            + String.join(", ", ENVIRONMENT.values()) + " win over these.");
                }
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the secret in " + file + ": " + e.getMessage(), e);
        }
    }
}
