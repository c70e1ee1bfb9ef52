package org.uptake.extract.job;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The raw inputs resolved as the desktop resolves them: anonymous ids linked to the user an
 * identify call (or an event carrying both) names, duplicates dropped by event id (else by user,
 * event, time and properties), and each person's traits, a people file's first and identify calls
 * after it, the latest non-empty value winning.
 */
final class Inputs {

    final List<EventSource> sources = new ArrayList<>();
    /** Every record of every source with its person key: src, ord, call, person, ... , orig. */
    final Dataset<Row> records;
    /** Distinct events: person, ts, day, name, platform, props. */
    final Dataset<Row> events;
    /** person, segment, plan, role, email, created_ms: everyone a people file or an event names. */
    final Dataset<Row> people;
    final Dataset<Row> peopleFile;
    /** anonymous_id, linked_user: the user each linked anonymous id belongs to. */
    private final Dataset<Row> links;

    Inputs(SparkSession spark, List<String> eventPaths, String peoplePath) {
        spark.udf().register("uptake_millis", new Millis(), org.apache.spark.sql.types.DataTypes.LongType);
        Dataset<Row> all = null;
        for (int i = 0; i < eventPaths.size(); i++) {
            EventSource source = EventSource.read(spark, eventPaths.get(i));
            sources.add(source);
            Dataset<Row> canonical = source.canonical(i);
            // The original record differs in shape between sources; it is read back per source.
            Dataset<Row> slim = canonical.drop("orig");
            all = all == null ? slim : all.unionByName(slim);
        }
        links = all.filter(col("user_id").isNotNull().and(col("anonymous_id").isNotNull()))
                .groupBy(col("anonymous_id").as("link_anonymous_id"))
                .agg(min_by(col("user_id"), struct(col("src"), col("ord"))).as("linked_user")).cache();
        records = keyed(all).cache();
        events = records.filter(col("call").equalTo("track").and(col("name").isNotNull()).and(col("ts").isNotNull())
                        .and(col("person").isNotNull()).and(propertiesReadable(col("props"))))
                .withColumn("dedupe", coalesce(col("event_id"), concat_ws("\u0001", coalesce(col("user_id"), col("anonymous_id")),
                        col("name"), col("ts").cast("string"), coalesce(col("props"), lit("{}")))))
                .dropDuplicates("dedupe")
                .select(col("person"), col("ts"), floor(col("ts").divide(FeatureSpec.DAY)).cast("int").as("day"), col("name"),
                        col("platform"), col("props"))
                .cache();
        peopleFile = peoplePath == null ? null : Csv.read(spark, peoplePath, true);
        people = traits(spark);
    }

    /** The records of one source with their person keys, for passing the sample through unchanged. */
    Dataset<Row> originals(int src) {
        return keyed(sources.get(src).canonical(src));
    }

    /** The rows with their person: the user id, else the user its anonymous id was linked to, else the anonymous id. */
    private Dataset<Row> keyed(Dataset<Row> rows) {
        return rows.join(links, rows.col("anonymous_id").equalTo(links.col("link_anonymous_id")), "left")
                .drop("link_anonymous_id")
                .withColumn("person", personKey(col("user_id"), col("linked_user"), col("anonymous_id")))
                .drop("linked_user");
    }

    /** Properties the desktop accepts: none, or a JSON object (anything else it quarantines). */
    private static Column propertiesReadable(Column props) {
        return props.isNull().or(trim(props).equalTo(""))
                .or(trim(props).startsWith("{").and(get_json_object(props, "$").isNotNull()));
    }

    static Column personKey(Column userId, Column linked, Column anonymousId) {
        return coalesce(userId, linked, when(anonymousId.isNotNull(), concat(lit("anon:"), anonymousId)));
    }

    private Dataset<Row> traits(SparkSession spark) {
        List<Dataset<Row>> parts = new ArrayList<>();
        if (peopleFile != null) {
            String[] h = peopleFile.columns();
            parts.add(peopleFile.select(lit(-1).as("src"), monotonically_increasing_id().as("ord"),
                    column(h, ColumnNames.PERSON_USER_ID).as("person"), column(h, ColumnNames.SEGMENT).as("segment"),
                    column(h, ColumnNames.PLAN).as("plan"), column(h, ColumnNames.ROLE).as("role"),
                    column(h, ColumnNames.EMAIL).as("email"), column(h, ColumnNames.CREATED_AT).as("created_at")));
        }
        Column t = col("traits");
        parts.add(records.filter(col("call").isin("identify", "alias").and(col("user_id").isNotNull()))
                .select(col("src"), col("ord"), col("user_id").as("person"), get_json_object(t, "$.segment").as("segment"),
                        get_json_object(t, "$.plan").as("plan"), get_json_object(t, "$.role").as("role"),
                        get_json_object(t, "$.email").as("email"), get_json_object(t, "$.created_at").as("created_at")));
        parts.add(events.select(col("person")).distinct().select(lit(Integer.MAX_VALUE).as("src"), lit(0L).as("ord"), col("person"),
                lit(null).cast("string").as("segment"), lit(null).cast("string").as("plan"), lit(null).cast("string").as("role"),
                lit(null).cast("string").as("email"), lit(null).cast("string").as("created_at")));
        Dataset<Row> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.unionByName(parts.get(i));
        }
        Column order = struct(col("src"), col("ord"));
        return all.filter(col("person").isNotNull()).groupBy("person").agg(
                latest("segment", order), latest("plan", order), latest("role", order), latest("email", order),
                call_udf("uptake_millis", max_by(col("created_at"), when(nonEmpty(col("created_at")), order))).as("created_ms"))
                .cache();
    }

    private static Column latest(String name, Column order) {
        return max_by(col(name), when(nonEmpty(col(name)), order)).as(name);
    }

    private static Column nonEmpty(Column c) {
        return c.isNotNull().and(trim(c).notEqual(""));
    }

    private static Column column(String[] header, ColumnNames names) {
        return names.in(header).map(c -> col("`" + c + "`").cast("string")).orElse(lit(null).cast("string"));
    }
}
