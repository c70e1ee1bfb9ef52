package org.uptake.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An extract of the Spark job written by hand as its manifest version says: one feature (bulk-edit, launched
 * 2026-05-04) counted on a cluster over 10 people, 7 of them active and 3 adopters; the records of 2 sampled
 * people (u1 opens and saves, an adopter; u2 only opens).
 */
public final class HandBuiltExtract {

    static final String FEATURES = "[{\"key\":\"bulk-edit\",\"name\":\"Bulk edit\",\"launchedAt\":\"2026-05-04\","
            + "\"adoption\":{\"event\":\"bulk_saved\",\"target\":0.2,\"withinDays\":30},\"funnel\":[\"bulk_opened\",\"bulk_saved\"]}]";

    static final String FIGURES = """
            feature,figure,dimension,item,amount
            "",daily-active,day,2026-05-05,2.0
            bulk-edit,active,all,all,7.0
            bulk-edit,adopters,all,all,3.0
            bulk-edit,active,segment,smb,5.0
            bulk-edit,adopters,segment,smb,2.0
            bulk-edit,active,segment,(none),2.0
            bulk-edit,adopters,segment,(none),1.0
            bulk-edit,funnel-step,1,bulk_opened,4.0
            bulk-edit,funnel-step,2,bulk_saved,3.0
            bulk-edit,abandoned,all,all,1.0
            bulk-edit,first-use-ms,all,43200000,2.0
            bulk-edit,first-use-ms,all,172800000,1.0
            bulk-edit,first-use-ms,left-out,0,1.0
            """;

    /** The files the manifest lists, besides the manifest and the figures. */
    public static final List<String> FILES = List.of("manifest.json", "features.json", "events.csv.gz", "people.csv.gz",
            "figures.csv.gz");

    private HandBuiltExtract() {
    }

    /** The extract as a folder under {@code dir}, in manifest format {@code version}, 2 of 10 people sampled. */
    public static Path folder(Path dir, int version) throws IOException {
        return folder(dir, version, 2);
    }

    /** The extract with the manifest saying {@code sampled} of 10 people were sampled (10: everyone). */
    public static Path folder(Path dir, int version, int sampled) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("extract-v" + version + "-" + sampled));
        Files.writeString(folder.resolve("manifest.json"), """
                {"format":"uptake-extract","formatVersion":%d,"createdAt":"2026-11-20T08:00:00Z","cluster":"yarn-prod",
                 "sparkVersion":"4.1.1","firstDay":"2026-05-01","lastDay":"2026-05-06","events":70,
                 "peopleSample":{"spec":"%d","seed":7,"people":10,"sampled":%d},"figures":"figures.csv.gz",
                 "files":[{"path":"features.json","kind":"features"},{"path":"events.csv.gz","kind":"events"},
                          {"path":"people.csv.gz","kind":"people"}],"aFieldOfALaterVersion":true}
                """.formatted(version, sampled, sampled));
        Files.writeString(folder.resolve("features.json"), FEATURES);
        Files.write(folder.resolve("people.csv.gz"), gzip("user_id,segment\nu1,smb\nu2,\n"));
        Files.write(folder.resolve("events.csv.gz"), gzip("""
                event_id,user_id,timestamp,event,platform,session_id,target,properties
                e1,u1,2026-05-05T10:00:00Z,bulk_opened,web,s1,,{}
                e2,u1,2026-05-05T10:01:00Z,bulk_saved,web,s1,,{}
                e3,u2,2026-05-06T09:00:00Z,bulk_opened,ios,s2,,{}
                """));
        Files.write(folder.resolve("figures.csv.gz"), gzip(FIGURES));
        return folder;
    }

    /** The extract's folder zipped, manifest.json at the zip's root. */
    public static Path zip(Path dir) throws IOException {
        Path folder = folder(dir, 1);
        Path zip = dir.resolve("extract.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : FILES) {
                out.putNextEntry(new ZipEntry(name));
                out.write(Files.readAllBytes(folder.resolve(name)));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
