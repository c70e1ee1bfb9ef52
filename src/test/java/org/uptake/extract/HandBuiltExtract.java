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

    /**
     * A newer job's extract of the same 10 people: bulk-edit aimed at smb with success metrics, by plan, role and main
     * platform too; saved-views (no target segments, no funnel, counted by segment only) launched on 20 April, before the
     * extract's first day, so every adopter's first use may predate the data.
     */
    public static final String FULL_FEATURES = "[{\"key\":\"bulk-edit\",\"name\":\"Bulk edit\",\"launchedAt\":\"2026-05-04\","
            + "\"targetSegments\":[\"smb\"],\"adoption\":{\"event\":\"bulk_saved\",\"target\":0.2,\"withinDays\":30},"
            + "\"funnel\":[\"bulk_opened\",\"bulk_saved\"],\"successMetrics\":["
            + "{\"name\":\"Edit time\",\"event\":\"edit_done\",\"property\":\"duration_s\",\"better\":\"lower\"},"
            + "{\"name\":\"Bulk tickets\",\"ticketTags\":[\"bulk\"],\"better\":\"lower\"}]},"
            + "{\"key\":\"saved-views\",\"name\":\"Saved views\",\"launchedAt\":\"2026-04-20\","
            + "\"adoption\":{\"event\":\"view_saved\",\"target\":0.3,\"withinDays\":30}}]";

    static final String FULL_FIGURES = FIGURES.replace("bulk-edit,first-use-ms,left-out,0,1.0\n", "") + """
            bulk-edit,active,target,target,5.0
            bulk-edit,adopters,target,target,2.0
            bulk-edit,active,plan,pro,4.0
            bulk-edit,adopters,plan,pro,3.0
            bulk-edit,active,plan,free,3.0
            bulk-edit,adopters,plan,free,0.0
            bulk-edit,active,role,admin,7.0
            bulk-edit,adopters,role,admin,3.0
            bulk-edit,active,platform,web,6.0
            bulk-edit,adopters,platform,web,3.0
            bulk-edit,active,platform,ios,1.0
            bulk-edit,adopters,platform,ios,0.0
            bulk-edit,first-use-ms-target,all,43200000,1.0
            bulk-edit,first-use-ms-target,all,172800000,1.0
            bulk-edit,metric-people,Edit time,adopters/before,3.0
            bulk-edit,metric-events,Edit time,adopters/before,6.0
            bulk-edit,metric-total,Edit time,adopters/before,300.0
            bulk-edit,metric-people,Edit time,adopters/after,3.0
            bulk-edit,metric-events,Edit time,adopters/after,6.0
            bulk-edit,metric-total,Edit time,adopters/after,180.0
            bulk-edit,metric-people,Edit time,others/before,2.0
            bulk-edit,metric-events,Edit time,others/before,4.0
            bulk-edit,metric-total,Edit time,others/before,200.0
            bulk-edit,metric-people,Edit time,others/after,2.0
            bulk-edit,metric-events,Edit time,others/after,4.0
            bulk-edit,metric-total,Edit time,others/after,180.0
            bulk-edit,metric-tickets,Bulk tickets,before,3.0
            bulk-edit,metric-tickets,Bulk tickets,after,1.0
            saved-views,active,all,all,9.0
            saved-views,adopters,all,all,4.0
            saved-views,active,target,target,9.0
            saved-views,adopters,target,target,4.0
            saved-views,active,segment,smb,5.0
            saved-views,adopters,segment,smb,3.0
            saved-views,active,segment,(none),4.0
            saved-views,adopters,segment,(none),1.0
            saved-views,first-use-ms,left-out,86400000,4.0
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

    /**
     * The newer job's extract ({@link #FULL_FIGURES}), 2 of 10 people sampled: u1 (smb, pro, admin) opens and saves bulk edit,
     * saves a view and finishes edits before and after launch; u2 (no segment, free, admin) only opens it.
     */
    public static Path full(Path dir) throws IOException {
        Path folder = folder(dir, 1, 2);
        Path full = Files.move(folder, dir.resolve("extract-full"));
        Files.writeString(full.resolve("features.json"), FULL_FEATURES);
        Files.write(full.resolve("people.csv.gz"), gzip("user_id,segment,plan,role\nu1,smb,pro,admin\nu2,,free,admin\n"));
        Files.write(full.resolve("events.csv.gz"), gzip("""
                event_id,user_id,timestamp,event,platform,session_id,target,properties
                e4,u1,2026-05-02T09:00:00Z,view_saved,web,s0,,{}
                e5,u1,2026-05-02T09:05:00Z,edit_done,web,s0,,"{""duration_s"":50}"
                e1,u1,2026-05-05T10:00:00Z,bulk_opened,web,s1,,{}
                e2,u1,2026-05-05T10:01:00Z,bulk_saved,web,s1,,{}
                e6,u1,2026-05-05T10:02:00Z,edit_done,web,s1,,"{""duration_s"":30}"
                e3,u2,2026-05-06T09:00:00Z,bulk_opened,ios,s2,,{}
                """));
        Files.write(full.resolve("figures.csv.gz"), gzip(FULL_FIGURES));
        return full;
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
