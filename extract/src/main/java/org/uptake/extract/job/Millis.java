package org.uptake.extract.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.spark.sql.api.java.UDF1;

/**
 * A timestamp as epoch milliseconds (UTC), read the way the desktop's importers read it: ISO-8601
 * with an offset or Z, a local date-time taken as UTC, or epoch seconds or milliseconds by size.
 */
final class Millis implements UDF1<String, Long> {

    private static final double MILLIS_FROM = 100_000_000_000d;

    @Override
    public Long call(String text) {
        return parse(text);
    }

    static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        try {
            if (s.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '.' || ch == '-') && s.indexOf('-') <= 0) {
                double value = Double.parseDouble(s);
                return value >= MILLIS_FROM ? (long) value : (long) Math.floor(value * 1000);
            }
            String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            try {
                return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
            } catch (DateTimeParseException notOffset) {
                try {
                    return Instant.parse(iso).toEpochMilli();
                } catch (DateTimeParseException notInstant) {
                    return iso.length() <= 10 ? LocalDate.parse(iso).toEpochDay() * FeatureSpec.DAY
                            : LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
                }
            }
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
