package org.uptake.extract.job;

import static org.apache.spark.sql.functions.*;

import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The uniform, seeded sample of people whose every record goes to the extract: "all", a count
 * ("50000": the people with the smallest seeded hash), or a share ("10%": each person by their
 * seeded hash). The same seed and people give the same sample on any cluster.
 */
record PeopleSample(String spec, long seed) {

    PeopleSample {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        boolean ok = s.equals("all") || s.matches("\\d+") || s.matches("\\d+(\\.\\d+)?%");
        if (!ok) {
            throw new IllegalArgumentException("--people-sample must be 'all', a number of people or a share such as '10%' (got '"
                    + spec + "')");
        }
        spec = s;
    }

    boolean all() {
        return spec.equals("all");
    }

    /** The chosen people's keys (column person). */
    Dataset<Row> choose(Dataset<Row> people) {
        Column hash = xxhash64(lit(seed), col("person"));
        Dataset<Row> keys = people.select("person");
        if (all()) {
            return keys;
        }
        if (spec.endsWith("%")) {
            double share = Double.parseDouble(spec.substring(0, spec.length() - 1)) / 100;
            return keys.filter(pmod(hash, lit(1_000_000L)).lt(lit(Math.round(share * 1_000_000))));
        }
        return keys.orderBy(hash, col("person")).limit(Integer.parseInt(spec));
    }
}
