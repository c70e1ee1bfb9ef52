package org.uptake.extract.job;

import static org.apache.spark.sql.functions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * uptake-extract: reads raw events where they live, counts what the desktop needs exactly, and
 * writes a versioned extract (manifest, exact figures, and every record of a seeded sample of
 * people) that the desktop imports like any export.
 */
@Command(name = "uptake-extract", mixinStandardHelpOptions = true, version = "uptake-extract " + ExtractJob.FORMAT_VERSION,
        description = "Compute Uptake's figures on Spark and write an extract the desktop imports.")
public final class ExtractJob implements Callable<Integer> {

    /** The extract format this job writes; the desktop reads this version and every older one. */
    public static final int FORMAT_VERSION = 1;

    @Option(names = "--events", required = true, split = ",", paramLabel = "PATH",
            description = "Event files or folders: CSV, JSON Lines (canonical or Segment), Parquet; any Hadoop URI.")
    List<String> events = new ArrayList<>();
    @Option(names = "--people", paramLabel = "PATH", description = "people.csv") String people;
    @Option(names = "--accounts", paramLabel = "PATH", description = "accounts.csv") String accounts;
    @Option(names = "--tickets", paramLabel = "PATH", description = "Support tickets CSV (Zendesk, Freshdesk or generic).") String tickets;
    @Option(names = "--features", required = true, paramLabel = "PATH", description = "The workspace's features.json.") String features;
    @Option(names = "--briefs", paramLabel = "DIR", description = "Folder of GTM briefs (Markdown), copied as briefs/.") String briefs;
    @Option(names = "--other", split = ",", paramLabel = "PATH",
            description = "Other CSV exports the desktop imports (e.g. outreach history): rows of sampled people only.")
    List<String> other = new ArrayList<>();
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the extract to.") String out;
    @Option(names = "--people-sample", defaultValue = "all", paramLabel = "N",
            description = "People whose every record goes to the extract: 'all', a count, or a share like '10%%' (default: ${DEFAULT-VALUE}).")
    String sample;
    @Option(names = "--seed", defaultValue = "42", description = "Seed of the people sample (default: ${DEFAULT-VALUE}).") long seed;
    @Option(names = "--cluster", paramLabel = "NAME", description = "Where this ran, as the desktop's Overview shows it (default: the Spark master).")
    String cluster;
    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit, e.g. local[*].") String master;
    @Option(names = "--partitions", paramLabel = "N",
            description = "Shuffle partitions (default: Spark's setting; on a laptop, about 2 per core).") Integer partitions;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job with command-line arguments; 0 ok, 2 bad usage, 1 failure (one line on stderr). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ExtractJob());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            System.err.println("uptake-extract: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PeopleSample chosen = new PeopleSample(sample, seed);
        SparkSession.Builder builder = SparkSession.builder().appName("uptake-extract");
        if (master != null) {
            // A laptop run: no web UI to serve.
            builder.master(master).config("spark.ui.enabled", false);
        }
        if (partitions != null) {
            builder.config("spark.sql.shuffle.partitions", partitions);
        }
        SparkSession spark = builder.getOrCreate();
        if (master != null && master.startsWith("local")) {
            spark.sparkContext().setLogLevel("WARN");
        }
        long started = System.nanoTime();
        List<FeatureSpec> specs = FeatureSpec.parse(readText(spark, features));
        Inputs inputs = new Inputs(spark, events, people);
        Row days = inputs.events.agg(min("day"), max("day"), count(lit(1))).first();
        if (days.isNullAt(0)) {
            throw new IllegalArgumentException("No events in " + String.join(", ", events));
        }
        int firstDay = days.getInt(0);
        int lastDay = days.getInt(1);
        long eventsTotal = days.getLong(2);
        Dataset<Row> ticketRows = tickets == null ? null : Csv.read(spark, tickets, true);

        Path folder = new Path(out);
        FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
        fs.mkdirs(folder);
        Csv.writeOne(new ExactFigures(inputs, firstDay, lastDay).all(specs, ticketTable(ticketRows)), out, "figures.csv.gz");

        Dataset<Row> sampled = chosen.choose(inputs.people).cache();
        long peopleTotal = inputs.people.count();
        long peopleSampled = sampled.count();
        List<Map<String, String>> files = new ArrayList<>();
        for (int i = 0; i < inputs.sources.size(); i++) {
            EventSource source = inputs.sources.get(i);
            Dataset<Row> rows = inputs.originals(i);
            if (!chosen.all()) {
                rows = rows.join(sampled, new String[] {"person"}, "left_semi");
            }
            // In the file's own order: identify calls and first appearances mean the same on the desktop.
            rows = rows.orderBy("ord");
            if (source.lines) {
                Csv.writeLines(rows.select(col("orig")), out, source.outName);
            } else {
                Csv.writeOne(rows.select("orig.*"), out, source.outName);
            }
            files.add(file(source.outName, "events"));
        }
        Dataset<Row> sampledPeople = null;
        if (people != null) {
            sampledPeople = byPerson(inputs.peopleFile, ColumnNames.PERSON_USER_ID, sampled, chosen);
            Csv.writeOne(sampledPeople, out, "people.csv.gz");
            files.add(file("people.csv.gz", "people"));
        }
        if (accounts != null) {
            Csv.writeOne(Csv.read(spark, accounts, true), out, "accounts.csv.gz");
            files.add(file("accounts.csv.gz", "accounts"));
        }
        if (ticketRows != null) {
            Csv.writeOne(sampledTickets(ticketRows, sampled, inputs.people, chosen), out, "tickets.csv.gz");
            files.add(file("tickets.csv.gz", "tickets"));
        }
        for (String path : other) {
            String name = new Path(path).getName().replaceAll("\\.gz$", "").replaceAll("\\.csv$", "") + ".csv.gz";
            Dataset<Row> rows = Csv.read(spark, path, true);
            Csv.writeOne(ColumnNames.USER_ID.in(rows.columns()).isPresent()
                    ? byPerson(rows, ColumnNames.USER_ID, sampled, chosen) : rows, out, name);
            files.add(file(name, "other"));
        }
        fs.setWriteChecksum(false);
        FileUtil.copy(fs, new Path(features), fs, new Path(folder, "features.json"), false, spark.sparkContext().hadoopConfiguration());
        files.add(0, file("features.json", "features"));
        if (briefs != null) {
            FileUtil.copy(fs, new Path(briefs), fs, new Path(folder, "briefs"), false, spark.sparkContext().hadoopConfiguration());
            files.add(1, file("briefs", "briefs"));
        }

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", "uptake-extract");
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("createdAt", Instant.now().toString());
        manifest.put("cluster", cluster != null ? cluster : spark.sparkContext().master());
        manifest.put("sparkVersion", spark.version());
        manifest.put("firstDay", LocalDate.ofEpochDay(firstDay).toString());
        manifest.put("lastDay", LocalDate.ofEpochDay(lastDay).toString());
        manifest.put("events", eventsTotal);
        Map<String, Object> sampleInfo = new LinkedHashMap<>();
        sampleInfo.put("spec", chosen.spec());
        sampleInfo.put("seed", seed);
        sampleInfo.put("people", peopleTotal);
        sampleInfo.put("sampled", peopleSampled);
        manifest.put("peopleSample", sampleInfo);
        manifest.put("figures", "figures.csv.gz");
        manifest.put("files", files);
        manifest.put("seconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
        try (OutputStream o = fs.create(new Path(folder, "manifest.json"), true)) {
            o.write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(manifest));
        }
        System.out.printf("Wrote the extract to %s: %,d events, %,d people, %,d of them sampled (%s)%n", out, eventsTotal,
                peopleTotal, peopleSampled, chosen.spec());
        return 0;
    }

    private static Map<String, String> file(String path, String kind) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("path", path);
        f.put("kind", kind);
        return f;
    }

    private static String readText(SparkSession spark, String path) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (var in = fs.open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Rows of a people-keyed file whose user id is sampled. */
    private static Dataset<Row> byPerson(Dataset<Row> rows, ColumnNames idColumn, Dataset<Row> sampled, PeopleSample chosen) {
        if (chosen.all()) {
            return rows;
        }
        String id = idColumn.in(rows.columns()).orElseThrow();
        return rows.join(sampled, rows.col("`" + id + "`").equalTo(sampled.col("person")), "left_semi");
    }

    /** Tickets of sampled people, by the ticket's user id or its requester's email; every ticket when all are sampled. */
    private static Dataset<Row> sampledTickets(Dataset<Row> rows, Dataset<Row> sampled, Dataset<Row> people, PeopleSample chosen) {
        if (chosen.all()) {
            return rows;
        }
        String[] h = rows.columns();
        var userId = ColumnNames.TICKET_USER_ID.in(h);
        var email = ColumnNames.REQUESTER_EMAIL.in(h);
        Dataset<Row> keys = sampled.join(people, "person").select(col("person").as("s_person"), lower(col("email")).as("s_email"));
        Column on = lit(false);
        if (userId.isPresent()) {
            on = on.or(col("`" + userId.get() + "`").equalTo(col("s_person")));
        }
        if (email.isPresent()) {
            on = on.or(lower(col("`" + email.get() + "`")).equalTo(col("s_email")));
        }
        return rows.join(keys, on, "left_semi");
    }

    /** created_ms and tags (an array) of every ticket, for the exact ticket counts. */
    private static Dataset<Row> ticketTable(Dataset<Row> rows) {
        if (rows == null) {
            return null;
        }
        String[] h = rows.columns();
        Column created = ColumnNames.TICKET_CREATED_AT.in(h).map(c -> col("`" + c + "`")).orElse(lit(null).cast("string"));
        Column tags = ColumnNames.TAGS.in(h).map(c -> col("`" + c + "`")).orElse(lit(""));
        return rows.select(call_udf("uptake_millis", created).as("created_ms"),
                split(lower(coalesce(tags, lit(""))), "[,;\\s]+").as("tags"));
    }
}
