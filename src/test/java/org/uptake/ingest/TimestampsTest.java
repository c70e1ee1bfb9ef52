package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void detectsEachFormatFromItsValues() {
        assertEquals(TimestampFormat.ISO_OFFSET, Timestamps.detect(List.of("2026-03-03T10:00:00Z", "2026-03-03T11:00:00.5+01:00")));
        assertEquals(TimestampFormat.ISO_LOCAL, Timestamps.detect(List.of("2026-03-03 10:00:00", "2026-03-03T10:00")));
        assertEquals(TimestampFormat.EPOCH_SECONDS, Timestamps.detect(List.of("1772532000", "1772532000.250")));
        assertEquals(TimestampFormat.EPOCH_MILLIS, Timestamps.detect(List.of("1772532000000", "")));
        assertEquals(TimestampFormat.DAY_FIRST, Timestamps.detect(List.of("03/04/2026 10:00", "25/03/2026 09:00")));
        assertEquals(TimestampFormat.MONTH_FIRST, Timestamps.detect(List.of("03/04/2026 10:00", "03/25/2026 09:00")));
        assertEquals(TimestampFormat.AMBIGUOUS_DAY_MONTH, Timestamps.detect(List.of("03/04/2026 10:00", "01/02/2026")));
    }

    @Test
    void parsesIsoWithAndWithoutOffset() {
        Timestamps utc = new Timestamps(TimestampFormat.ISO_OFFSET, ZoneOffset.UTC);
        assertEquals(ms("2026-03-03T09:00:00Z"), utc.parse("2026-03-03T10:00:00+01:00"));
        assertEquals(ms("2026-03-03T15:00:00.123Z"), utc.parse("2026-03-03T10:00:00.123-05:00"));
        assertEquals(ms("2026-03-03T10:00:00.123Z"), utc.parse("2026-03-03 10:00:00.123456Z"));
        assertEquals(ms("2026-03-03T09:00:00Z"), utc.parse("2026-03-03T10:00:00+0100"));
        Timestamps berlin = new Timestamps(TimestampFormat.ISO_LOCAL, ZoneId.of("Europe/Berlin"));
        assertEquals(ms("2026-03-03T09:00:00Z"), berlin.parse("2026-03-03 10:00:00"));
        assertEquals(ms("2026-07-03T08:00:00Z"), berlin.parse("2026-07-03T10:00"), "summer time");
    }

    @Test
    void parsesEpochSecondsAndMillisecondsBySize() {
        assertEquals(1_772_532_000_000L, new Timestamps(TimestampFormat.EPOCH_SECONDS, null).parse("1772532000"));
        assertEquals(1_772_532_000_250L, new Timestamps(TimestampFormat.EPOCH_SECONDS, null).parse("1772532000.25"));
        assertEquals(1_772_532_000_123L, new Timestamps(TimestampFormat.EPOCH_MILLIS, null).parse("1772532000123"));
        assertEquals(1_772_532_000_123L, new Timestamps(TimestampFormat.EPOCH_SECONDS, null).parse("1772532000123"));
    }

    @Test
    void parsesDayFirstAndMonthFirstInTheGivenZone() {
        ZoneId ny = ZoneId.of("America/New_York");
        assertEquals(ms("2026-04-03T14:30:00Z"), new Timestamps(TimestampFormat.DAY_FIRST, ny).parse("03/04/2026 10:30"));
        assertEquals(ms("2026-03-04T15:30:00Z"), new Timestamps(TimestampFormat.MONTH_FIRST, ny).parse("03/04/2026 10:30"));
        assertEquals(ms("2026-03-04T18:05:09Z"), new Timestamps(TimestampFormat.MONTH_FIRST, ny).parse("3/4/2026 1:05:09 PM"));
        assertEquals(ms("2026-12-31T05:00:00Z"), new Timestamps(TimestampFormat.DAY_FIRST, ny).parse("31.12.2026"));
    }

    @Test
    void refusesWhatIsNotATimestamp() {
        Timestamps iso = new Timestamps(TimestampFormat.ISO_OFFSET, ZoneOffset.UTC);
        assertThrows(DateTimeException.class, () -> iso.parse("2026-13-45T99:00:00Z"));
        assertThrows(DateTimeException.class, () -> iso.parse("yesterday"));
        assertThrows(DateTimeException.class, () -> iso.parse(""));
        assertThrows(IllegalArgumentException.class, () -> new Timestamps(TimestampFormat.AMBIGUOUS_DAY_MONTH, ZoneOffset.UTC));
    }
}
