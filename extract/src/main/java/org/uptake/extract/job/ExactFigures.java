package org.uptake.extract.job;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * What the desktop needs, counted exactly over every person on the cluster (DESIGN §5): adoption
 * by segment, plan, role and main platform; funnel steps (windowFunnel); time to first use; daily
 * active people; success metrics before and after launch; ticket counts. One table: feature,
 * figure, dimension, item, amount.
 */
final class ExactFigures {

    static final int FUNNEL_WINDOW_DAYS = 7;
    static final String NONE = "(none)";

    private final Inputs inputs;
    private final int firstDay;
    private final int lastDay;
    private final Dataset<Row> mainPlatform;

    ExactFigures(Inputs inputs, int firstDay, int lastDay) {
        this.inputs = inputs;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        // The platform most of a person's events came from; ties to the alphabetically first.
        this.mainPlatform = inputs.events.filter(col("platform").isNotNull()).groupBy("person", "platform").count()
                .groupBy("person").agg(min_by(col("platform"), struct(col("count").multiply(-1), col("platform"))).as("main_platform"));
    }

    Dataset<Row> all(List<FeatureSpec> features, Dataset<Row> tickets) {
        List<Dataset<Row>> parts = new ArrayList<>();
        parts.add(inputs.events.groupBy("day").agg(countDistinct("person").as("amount"))
                .select(lit("").as("feature"), lit("daily-active").as("figure"), lit("day").as("dimension"),
                        date_from_unix_date(col("day")).cast("string").as("item"), col("amount").cast("double")));
        for (FeatureSpec f : features) {
            parts.addAll(feature(f, tickets));
        }
        Dataset<Row> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.unionByName(parts.get(i));
        }
        return all;
    }

    private List<Dataset<Row>> feature(FeatureSpec f, Dataset<Row> tickets) {
        List<Dataset<Row>> parts = new ArrayList<>();
        long launch = f.launchMillis();
        long windowEnd = (lastDay + 1L) * FeatureSpec.DAY;
        int launchDay = (int) f.launchedAt().toEpochDay();
        Dataset<Row> active = inputs.events.filter(col("day").between(launchDay, lastDay)).select("person").distinct();
        Dataset<Row> firstUse = inputs.events.filter(col("name").equalTo(f.adoptionEvent()).and(col("ts").geq(launch)))
                .groupBy("person").agg(min("ts").as("adopted_at"));
        Column audience = f.targetSegments().isEmpty() ? lit(true) : col("segment").isin(f.targetSegments().toArray());
        Dataset<Row> base = active.join(inputs.people, "person").join(mainPlatform, new String[] {"person"}, "left")
                .join(firstUse.filter(col("adopted_at").lt(windowEnd)), new String[] {"person"}, "left")
                .withColumn("audience", coalesce(audience, lit(false))).cache();
        parts.add(counts(f, base));
        // Time to first use in ms from the later of launch and sign-up; "left-out" where first use may predate the data.
        Column from = greatest(lit(launch), coalesce(col("created_ms"), lit(Long.MIN_VALUE)));
        Dataset<Row> adopters = base.filter(col("adopted_at").isNotNull())
                .withColumn("dimension", when(from.lt((long) firstDay * FeatureSpec.DAY), lit("left-out")).otherwise(lit("all")))
                .withColumn("item", col("adopted_at").minus(from).cast("string"));
        parts.add(figure(f, "first-use-ms", adopters.groupBy("dimension", "item").count()));
        parts.add(figure(f, "first-use-ms-target", adopters.filter(col("audience")).groupBy("dimension", "item").count()));

        if (!f.funnel().isEmpty()) {
            parts.addAll(funnel(f, active, windowEnd));
        }
        parts.addAll(metrics(f, firstUse, tickets));
        return parts;
    }

    /** Active people and adopters overall, in the target audience, and by segment, plan, role and main platform: one pass. */
    private static Dataset<Row> counts(FeatureSpec f, Dataset<Row> base) {
        Dataset<Row> cells = base.select(col("adopted_at"), lit("all").as("all"),
                        when(col("audience"), lit("target")).as("target"), orNone(col("segment")).as("segment"),
                        orNone(col("plan")).as("plan"), orNone(col("role")).as("role"), orNone(col("main_platform")).as("platform"))
                .select(col("adopted_at"), explode(array(
                        dimension("all"), dimension("target"), dimension("segment"), dimension("plan"), dimension("role"),
                        dimension("platform"))).as("cell"))
                .filter(col("cell.item").isNotNull())
                .groupBy(col("cell.dimension").as("dimension"), col("cell.item").as("item"))
                .agg(count(lit(1)).as("active"), count(col("adopted_at")).as("adopters")).cache();
        Dataset<Row> active = cells.select(lit(f.key()).as("feature"), lit("active").as("figure"), col("dimension"),
                col("item"), col("active").cast("double").as("amount"));
        Dataset<Row> adopters = cells.select(lit(f.key()).as("feature"), lit("adopters").as("figure"), col("dimension"),
                col("item"), col("adopters").cast("double").as("amount"));
        return active.unionByName(adopters);
    }

    private static Column dimension(String name) {
        return struct(lit(name).as("dimension"), col(name).as("item"));
    }

    private static Dataset<Row> figure(FeatureSpec f, String figure, Dataset<Row> counted) {
        return counted.select(lit(f.key()).as("feature"), lit(figure).as("figure"), col("dimension"), col("item"),
                col("count").cast("double").as("amount"));
    }

    private static Column orNone(Column c) {
        return when(c.isNull().or(trim(c).equalTo("")), lit(NONE)).otherwise(c);
    }

    /** Funnel step counts among active people: the furthest step each reached (windowFunnel), then how many reached each step. */
    private List<Dataset<Row>> funnel(FeatureSpec f, Dataset<Row> active, long windowEnd) {
        List<String> funnel = f.funnel();
        Column step = lit(null).cast("int");
        for (int i = funnel.size() - 1; i >= 0; i--) {
            step = when(col("name").equalTo(funnel.get(i)), lit(i)).otherwise(step);
        }
        if (f.revertEvent() != null) {
            step = when(col("name").equalTo(f.revertEvent()).and(step.isNull()), lit(-1)).otherwise(step);
        }
        int steps = funnel.size();
        long start = f.launchMillis();
        long window = FUNNEL_WINDOW_DAYS * FeatureSpec.DAY;
        Dataset<Row> stepEvents = inputs.events.filter(col("ts").lt(windowEnd)).withColumn("step", step)
                .filter(col("step").isNotNull()).join(active, new String[] {"person"}, "left_semi")
                .select("person", "ts", "step");
        Dataset<Tuple2<String, Integer>> levels = stepEvents
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Tuple2<String, Integer>>) (person, rows) -> {
                    List<long[]> events = new ArrayList<>();
                    rows.forEachRemaining(r -> events.add(new long[] {r.getLong(1), r.getInt(2)}));
                    events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
                    return new Tuple2<>(person, WindowFunnel.furthestStep(events, steps, start, window));
                }, Encoders.tuple(Encoders.STRING(), Encoders.INT()));
        List<Column> sums = new ArrayList<>();
        for (int k = 0; k < steps; k++) {
            sums.add(sum(when(col("level").gt(k), 1).otherwise(0)).cast("double").as("s" + k));
        }
        sums.add(sum(when(col("level").geq(1).and(col("level").lt(steps)), 1).otherwise(0)).cast("double").as("abandoned"));
        Dataset<Row> totals = levels.toDF("person", "level").agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
                .na().fill(0.0).cache();
        List<Dataset<Row>> parts = new ArrayList<>();
        for (int k = 0; k < steps; k++) {
            parts.add(totals.select(lit(f.key()).as("feature"), lit("funnel-step").as("figure"), lit(String.valueOf(k + 1)).as("dimension"),
                    lit(funnel.get(k)).as("item"), col("s" + k).as("amount")));
        }
        parts.add(totals.select(lit(f.key()).as("feature"), lit("abandoned").as("figure"), lit("all").as("dimension"),
                lit("all").as("item"), col("abandoned").as("amount")));
        return parts;
    }

    /** Success metrics before and after launch, adopters (ever) against everyone else: people, events, the property's total; tickets by tag. */
    private List<Dataset<Row>> metrics(FeatureSpec f, Dataset<Row> firstUse, Dataset<Row> tickets) {
        List<Dataset<Row>> parts = new ArrayList<>();
        long launch = f.launchMillis();
        for (FeatureSpec.Metric m : f.metrics()) {
            if (m.event() != null) {
                Column value = m.property() == null ? lit(0.0)
                        : get_json_object(col("props"), "$." + m.property()).cast("double");
                Dataset<Row> rows = inputs.events.filter(col("name").equalTo(m.event()))
                        .join(firstUse, new String[] {"person"}, "left")
                        .withColumn("item", concat(when(col("adopted_at").isNotNull(), lit("adopters")).otherwise(lit("others")),
                                lit("/"), when(col("ts").lt(launch), lit("before")).otherwise(lit("after"))))
                        .groupBy("item").agg(countDistinct("person").as("people"), count(lit(1)).as("events"), sum(value).as("total"));
                for (String measure : List.of("people", "events", "total")) {
                    parts.add(rows.select(lit(f.key()).as("feature"), lit("metric-" + measure).as("figure"), lit(m.name()).as("dimension"),
                            col("item"), coalesce(col(measure).cast("double"), lit(0.0)).as("amount")));
                }
            }
            if (!m.ticketTags().isEmpty() && tickets != null) {
                Column tagged = lit(false);
                for (String tag : m.ticketTags()) {
                    tagged = tagged.or(array_contains(col("tags"), tag));
                }
                parts.add(tickets.filter(tagged).groupBy(when(col("created_ms").lt(launch), lit("before")).otherwise(lit("after")).as("item"))
                        .count().select(lit(f.key()).as("feature"), lit("metric-tickets").as("figure"), lit(m.name()).as("dimension"),
                                col("item"), col("count").cast("double").as("amount")));
            }
        }
        return parts;
    }
}
