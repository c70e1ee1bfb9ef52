package org.uptake.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The manifest.json of an extract written by the Spark job (uptake-extract, docs/SCALE.md): its
 * format version, where and when it ran, the people sample, and the files it holds. This Uptake
 * reads every version up to {@link #READS_UP_TO} and refuses a newer one with a clear message.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExtractManifest(String format, int formatVersion, String createdAt, String cluster, String sparkVersion,
        String firstDay, String lastDay, long events, PeopleSample peopleSample, String figures, List<FileEntry> files) {

    public static final String FORMAT = "uptake-extract";
    public static final int READS_UP_TO = 1;
    static final String FILE_NAME = "manifest.json";

    /** How the job chose the people whose records the extract holds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PeopleSample(String spec, long seed, long people, long sampled) {
    }

    /** One file of the extract, relative to the manifest, and what it holds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileEntry(String path, String kind) {
    }

    /**
     * The manifest of a dropped extract: the folder holding manifest.json, the manifest itself, or a
     * zip with manifest.json at its root (unpacked into a new folder first); empty for anything else.
     */
    public static Optional<Path> find(Path dropped) throws IOException {
        if (Files.isDirectory(dropped)) {
            Path manifest = dropped.resolve(FILE_NAME);
            return Files.isRegularFile(manifest) && isExtract(manifest) ? Optional.of(manifest) : Optional.empty();
        }
        String name = dropped.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.equals(FILE_NAME)) {
            return isExtract(dropped) ? Optional.of(dropped) : Optional.empty();
        }
        if (name.endsWith(".zip") && zipHasManifest(dropped)) {
            Path folder = Files.createTempDirectory("uptake-extract-");
            unzip(dropped, folder);
            return find(folder);
        }
        return Optional.empty();
    }

    /** Reads a manifest, refusing a newer format than this Uptake knows. */
    public static ExtractManifest read(Path manifest) {
        ExtractManifest m;
        try {
            m = new ObjectMapper().readValue(manifest.toFile(), ExtractManifest.class);
        } catch (IOException e) {
            throw new ImportProblem(manifest.getFileName() + ": not a readable extract manifest (" + e.getMessage() + ")", e);
        }
        if (!FORMAT.equals(m.format()) || m.formatVersion() < 1) {
            throw new ImportProblem(manifest + ": not an Uptake extract manifest (format '" + m.format() + "', version "
                    + m.formatVersion() + ")");
        }
        if (m.formatVersion() > READS_UP_TO) {
            throw new ImportProblem("This extract is format version " + m.formatVersion() + ", newer than this Uptake reads (up to "
                    + READS_UP_TO + "): update Uptake to import it.");
        }
        if (m.peopleSample() == null || m.figures() == null || m.files() == null) {
            throw new ImportProblem(manifest + ": the extract manifest lacks its people sample, figures or files");
        }
        return m;
    }

    private static boolean isExtract(Path manifest) throws IOException {
        return Files.size(manifest) < 1_000_000 && Files.readString(manifest).contains("\"" + FORMAT + "\"");
    }

    private static boolean zipHasManifest(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(FILE_NAME)) {
                    return true;
                }
            }
        } catch (IOException notAZip) {
            return false;
        }
        return false;
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = folder.resolve(e.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new ImportProblem(zip.getFileName() + ": entry '" + e.getName() + "' points outside the extract");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target);
    }
}
