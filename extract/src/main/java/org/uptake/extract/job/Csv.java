package org.uptake.extract.job;

import java.io.IOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * CSV in and out as the desktop reads it (RFC 4180: quotes doubled, values kept as written), and
 * one named gzip file per table: Spark writes a folder of parts, the extract wants one file.
 */
final class Csv {

    private Csv() {
    }

    /** Every column as text, exactly as written; {@code multiLine} for files whose quoted values hold line breaks. */
    static Dataset<Row> read(SparkSession spark, String path, boolean multiLine) {
        return spark.read().option("header", "true").option("escape", "\"").option("multiLine", multiLine)
                .option("inferSchema", "false").option("mode", "PERMISSIVE").csv(path);
    }

    /** Writes the rows as one gzip CSV file {@code name} in {@code folder}. */
    static void writeOne(Dataset<Row> rows, String folder, String name) throws IOException {
        String parts = folder + "/.parts-" + name;
        rows.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"")
                .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false")
                .option("compression", "gzip").csv(parts);
        movePart(rows.sparkSession(), parts, folder + "/" + name);
    }

    /** Writes one text column as one gzip file of lines. */
    static void writeLines(Dataset<Row> lines, String folder, String name) throws IOException {
        String parts = folder + "/.parts-" + name;
        lines.coalesce(1).write().mode(SaveMode.Overwrite).option("compression", "gzip").text(parts);
        movePart(lines.sparkSession(), parts, folder + "/" + name);
    }

    private static void movePart(SparkSession spark, String parts, String target) throws IOException {
        Path dir = new Path(parts);
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        Path part = null;
        for (FileStatus s : fs.listStatus(dir)) {
            if (s.getPath().getName().startsWith("part-")) {
                part = s.getPath();
            }
        }
        if (part == null) {
            throw new IOException("Spark wrote no part file in " + parts);
        }
        fs.delete(new Path(target), false);
        if (!fs.rename(part, new Path(target))) {
            throw new IOException("Cannot move " + part + " to " + target);
        }
        fs.delete(dir, true);
        // The local filesystem leaves .crc files beside what it writes; the extract is the files alone.
        if (fs instanceof org.apache.hadoop.fs.ChecksumFileSystem checksums) {
            checksums.getRawFileSystem().delete(checksums.getChecksumFile(new Path(target)), false);
        }
    }
}
