package org.uptake.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/** Detects a column's timestamp format from sample values and parses values to epoch milliseconds (UTC). */
public final class Timestamps {

    private final TimestampFormat format;
    private final ZoneId zone;

    public Timestamps(TimestampFormat format, ZoneId zone) {
        if (format == TimestampFormat.AMBIGUOUS_DAY_MONTH) {
            throw new IllegalArgumentException("Say whether dates are day-first or month-first before importing.");
        }
        this.format = format;
        this.zone = zone == null ? ZoneOffset.UTC : zone;
    }

    public TimestampFormat format() {
        return format;
    }

    /** The format every non-blank sample agrees on; ISO-8601 with offset when there are no samples. */
    public static TimestampFormat detect(List<String> samples) {
        boolean anyLocal = false;
        boolean anyOffset = false;
        boolean numeric = true;
        boolean anyMillis = false;
        boolean slashed = false;
        boolean dayFirst = false;
        boolean monthFirst = false;
        int seen = 0;
        for (String raw : samples) {
            String s = raw == null ? "" : raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            seen++;
            if (isNumber(s)) {
                anyMillis |= Double.parseDouble(s) >= 100_000_000_000d;
                continue;
            }
            numeric = false;
            if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                if (hasOffset(s)) {
                    anyOffset = true;
                } else {
                    anyLocal = true;
                }
            } else if (s.length() >= 8 && (s.charAt(2) == '/' || s.charAt(2) == '.' || s.charAt(1) == '/' || s.charAt(2) == '-')) {
                slashed = true;
                int[] parts = dayMonthParts(s);
                if (parts != null) {
                    dayFirst |= parts[0] > 12;
                    monthFirst |= parts[1] > 12;
                }
            }
        }
        if (seen == 0) {
            return TimestampFormat.ISO_OFFSET;
        }
        if (numeric) {
            return anyMillis ? TimestampFormat.EPOCH_MILLIS : TimestampFormat.EPOCH_SECONDS;
        }
        if (slashed) {
            return dayFirst && !monthFirst ? TimestampFormat.DAY_FIRST
                    : monthFirst && !dayFirst ? TimestampFormat.MONTH_FIRST : TimestampFormat.AMBIGUOUS_DAY_MONTH;
        }
        return anyLocal && !anyOffset ? TimestampFormat.ISO_LOCAL : TimestampFormat.ISO_OFFSET;
    }

    /** Epoch milliseconds; throws {@link DateTimeException} with a short reason when the value is not a timestamp. */
    public long parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            throw new DateTimeException("missing timestamp");
        }
        try {
            return switch (format) {
                case EPOCH_MILLIS -> epoch(s, 1);
                case EPOCH_SECONDS -> epoch(s, 1000);
                // Exports sometimes switch to epoch numbers mid-file; a plain number is read by its size.
                case ISO_OFFSET, ISO_LOCAL -> isNumber(s) ? epoch(s, 1000) : iso(s);
                case DAY_FIRST -> slashed(s, true);
                case MONTH_FIRST -> slashed(s, false);
                case AMBIGUOUS_DAY_MONTH -> throw new DateTimeException("day/month order unclear");
            };
        } catch (NumberFormatException | IndexOutOfBoundsException | DateTimeException e) {
            throw new DateTimeException("not a timestamp (" + format.label() + "): " + shorten(s));
        }
    }

    private static long epoch(String s, long unit) {
        if (s.indexOf('.') >= 0) {
            return Math.round(Double.parseDouble(s) * unit);
        }
        long value = Long.parseLong(s);
        // A file that mixes seconds and milliseconds: judge each value by its size.
        if (unit == 1000 && value >= 100_000_000_000L) {
            return value;
        }
        if (unit == 1 && value < 100_000_000_000L) {
            return value * 1000;
        }
        return value * unit;
    }

    private long iso(String s) {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if (s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new DateTimeException("not a timestamp: " + shorten(s));
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        int i = 10;
        if (s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
            hour = digits(s, 11, 2);
            minute = digits(s, 14, 2);
            i = 16;
            if (s.length() > 16 && s.charAt(16) == ':') {
                second = digits(s, 17, 2);
                i = 19;
            }
            if (s.length() > i && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int start = ++i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                String fraction = (s.substring(start, i) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(fraction);
            }
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        String rest = s.substring(i).strip();
        if (rest.isEmpty()) {
            return local.atZone(zone).toInstant().toEpochMilli();
        }
        ZoneOffset offset = rest.equals("Z") || rest.equals("UTC") ? ZoneOffset.UTC : ZoneOffset.of(normalizeOffset(rest));
        return local.toEpochSecond(offset) * 1000 + nanos / 1_000_000;
    }

    private long slashed(String s, boolean dayFirst) {
        int[] parts = dayMonthParts(s);
        if (parts == null) {
            throw new DateTimeException("not a date: " + shorten(s));
        }
        int day = dayFirst ? parts[0] : parts[1];
        int month = dayFirst ? parts[1] : parts[0];
        LocalDate date = LocalDate.of(parts[2] < 100 ? 2000 + parts[2] : parts[2], month, day);
        int space = s.indexOf(' ');
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (space > 0) {
            String time = s.substring(space + 1).strip();
            boolean pm = time.toUpperCase().endsWith("PM");
            boolean am = time.toUpperCase().endsWith("AM");
            if (pm || am) {
                time = time.substring(0, time.length() - 2).strip();
            }
            String[] t = time.split(":");
            hour = Integer.parseInt(t[0]);
            minute = t.length > 1 ? Integer.parseInt(t[1]) : 0;
            second = t.length > 2 ? (int) Double.parseDouble(t[2]) : 0;
            if (pm && hour < 12) {
                hour += 12;
            } else if (am && hour == 12) {
                hour = 0;
            }
        }
        return ZonedDateTime.of(date.atTime(hour, minute, second), zone).toInstant().toEpochMilli();
    }

    /** [first, second, year] of "31/12/2026 …", or null. */
    private static int[] dayMonthParts(String s) {
        String date = s.split("[ T]")[0];
        String[] parts = date.split("[/.\\-]");
        if (parts.length != 3) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean hasOffset(String s) {
        if (s.endsWith("Z") || s.endsWith("UTC")) {
            return true;
        }
        int t = Math.max(s.indexOf('T'), s.indexOf(' '));
        if (t < 0) {
            return false;
        }
        String time = s.substring(t + 1);
        return time.indexOf('+') >= 0 || time.lastIndexOf('-') > 0;
    }

    private static String normalizeOffset(String rest) {
        String offset = rest.startsWith("UTC") || rest.startsWith("GMT") ? rest.substring(3) : rest;
        if (offset.length() == 5 && offset.charAt(3) != ':') {
            return offset.substring(0, 3) + ":" + offset.substring(3);
        }
        return offset;
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isNumber(String s) {
        int dots = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dots <= 1 && s.length() >= 9;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
