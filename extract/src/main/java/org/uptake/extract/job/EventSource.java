package org.uptake.extract.job;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One input of events as the cluster reads it: canonical CSV (or Parquet) with the importers'
 * column names, JSON Lines with those names, or a Segment export. Each record keeps its original
 * form ({@code orig}) so the sample passes through exactly as it came.
 */
final class EventSource {

    final String path;
    final String outName;
    final boolean lines;
    private final Dataset<Row> rows;

    private EventSource(String path, String outName, boolean lines, Dataset<Row> rows) {
        this.path = path;
        this.outName = outName;
        this.lines = lines;
        this.rows = rows;
    }

    static EventSource read(SparkSession spark, String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String stem = stem(path);
        if (lower.endsWith(".parquet") || lower.endsWith("/")) {
            return new EventSource(path, stem + ".csv.gz", false, spark.read().parquet(path));
        }
        if (lower.contains(".json")) {
            return new EventSource(path, stem + ".jsonl.gz", true, spark.read().text(path));
        }
        return new EventSource(path, stem + ".csv.gz", false, Csv.read(spark, path, false));
    }

    /**
     * Columns src, ord, call, user_id, anonymous_id, event_id, ts, name, platform, props, traits,
     * group_id, orig: one row per record, identify and group calls included (call says which).
     */
    Dataset<Row> canonical(int src) {
        Dataset<Row> withOrder = rows.withColumn("ord", monotonically_increasing_id());
        return lines ? fromJson(withOrder, src) : fromColumns(withOrder, src);
    }

    private Dataset<Row> fromColumns(Dataset<Row> in, int src) {
        String[] header = rows.columns();
        Column orig = struct(java.util.Arrays.stream(header).map(c -> col(quoted(c))).toArray(Column[]::new));
        return in.select(lit(src).as("src"), col("ord"), lit("track").as("call"),
                field(header, ColumnNames.USER_ID).as("user_id"), field(header, ColumnNames.ANONYMOUS_ID).as("anonymous_id"),
                field(header, ColumnNames.EVENT_ID).as("event_id"), call_udf("uptake_millis", field(header, ColumnNames.TIMESTAMP)).as("ts"),
                field(header, ColumnNames.EVENT).as("name"), lower(field(header, ColumnNames.PLATFORM)).as("platform"),
                field(header, ColumnNames.PROPERTIES).as("props"), lit(null).cast("string").as("traits"),
                lit(null).cast("string").as("group_id"), orig.as("orig"));
    }

    private static Column field(String[] header, ColumnNames names) {
        return names.in(header).map(c -> col(quoted(c)).cast("string")).orElse(lit(null).cast("string"));
    }

    private static String quoted(String column) {
        return "`" + column.replace("`", "``") + "`";
    }

    private static Dataset<Row> fromJson(Dataset<Row> in, int src) {
        Column v = col("value");
        Column type = get_json_object(v, "$.type");
        Column segment = type.isNotNull();
        Column name = when(type.equalTo("track"), get_json_object(v, "$.event"))
                .when(type.equalTo("page"), lit("page_viewed"))
                .when(type.equalTo("screen"), lit("screen_viewed"))
                .when(segment, lit(null))
                .otherwise(coalesce(json(v, ColumnNames.EVENT)));
        Column call = when(type.isin("identify", "alias", "group"), type)
                .when(name.isNotNull(), lit("track")).otherwise(lit(null));
        Column anonymous = when(type.equalTo("alias"), get_json_object(v, "$.previousId"))
                .when(segment, get_json_object(v, "$.anonymousId")).otherwise(json(v, ColumnNames.ANONYMOUS_ID));
        return in.select(lit(src).as("src"), col("ord"), call.as("call"),
                when(segment, get_json_object(v, "$.userId")).otherwise(json(v, ColumnNames.USER_ID)).as("user_id"),
                anonymous.as("anonymous_id"),
                when(segment, get_json_object(v, "$.messageId")).otherwise(json(v, ColumnNames.EVENT_ID)).as("event_id"),
                call_udf("uptake_millis", when(segment, coalesce(get_json_object(v, "$.timestamp"), get_json_object(v, "$.sentAt")))
                        .otherwise(json(v, ColumnNames.TIMESTAMP))).as("ts"),
                name.as("name"),
                lower(when(segment, coalesce(get_json_object(v, "$.context.device.type"), get_json_object(v, "$.context.os.name")))
                        .otherwise(json(v, ColumnNames.PLATFORM))).as("platform"),
                when(segment, get_json_object(v, "$.properties")).otherwise(json(v, ColumnNames.PROPERTIES)).as("props"),
                get_json_object(v, "$.traits").as("traits"),
                get_json_object(v, "$.groupId").as("group_id"),
                v.as("orig"));
    }

    private static Column json(Column v, ColumnNames names) {
        List<Column> paths = new ArrayList<>();
        for (String alias : names.aliases()) {
            if (!alias.startsWith("$")) {
                paths.add(get_json_object(v, "$." + alias));
            }
        }
        return coalesce(paths.toArray(Column[]::new));
    }

    private static String stem(String path) {
        String name = path.replaceAll("/+$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
