package org.uptake.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;

/** The sample written day by day holds every line of the whole, each on its own UTC day. */
class DayByDayTest {

    @TempDir
    Path temp;

    @Test
    void aFolderPerDayHoldsEveryLineOnItsDay() throws IOException {
        Path whole = temp.resolve("whole");
        new SampleGenerator(new SampleOptions(300, 42, 11, false)).writeTo(whole, Progress.NONE);
        Path days = temp.resolve("days");
        int written = new DayByDay(whole, days, DayByDay.Layout.FOLDERS).write();

        // 42 days of history, ending on the scenario's last day, each on its UTC day.
        List<Path> folders = list(days).stream().filter(Files::isDirectory).toList();
        assertEquals(List.of(written, "2026-02-03", "2026-03-16"), List.of(folders.size(), folders.get(0).getFileName().toString(),
                folders.get(folders.size() - 1).getFileName().toString()));
        assertEquals(42, written);
        assertEquals(lines(whole.resolve("events-web.csv")) - 1, dataLines(days, "events-web.csv", true));
        assertEquals(lines(whole.resolve("events-mobile.jsonl")), dataLines(days, "events-mobile.jsonl", false));
        assertEquals(lines(whole.resolve("tickets.csv")) - 1, dataLines(days, "tickets.csv", true));
        Path first = folders.get(0);
        assertTrue(Files.exists(first.resolve("features.json")) && Files.exists(first.resolve("people.csv"))
                && Files.exists(first.resolve("briefs").resolve("dashboard-customization.md")));
        // A well-formed web event lies on its folder's UTC day.
        Path day = days.resolve("2026-03-02").resolve("events-web.csv");
        String row = Files.readAllLines(day).get(1);
        assertEquals("2026-03-02", java.time.OffsetDateTime.parse(row.split(",")[2].replace("\"", ""))
                .atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate().toString());
    }

    @Test
    void filesPerDayAreNamedByTheDay() throws IOException {
        Path whole = temp.resolve("whole");
        new SampleGenerator(new SampleOptions(300, 42, 11, false)).writeTo(whole, Progress.NONE);
        Path days = temp.resolve("flat");
        new DayByDay(whole, days, DayByDay.Layout.FILES).write();
        assertTrue(Files.exists(days.resolve("2026-02-03-features.json")));
        assertTrue(Files.exists(days.resolve("2026-03-16-events-web.csv")));
        assertEquals(lines(whole.resolve("tickets.csv")) - 1, list(days).stream().filter(f -> f.toString().endsWith("-tickets.csv"))
                .mapToLong(f -> lines(f) - 1).sum());
    }

    private static long dataLines(Path days, String name, boolean header) throws IOException {
        long n = 0;
        for (Path folder : list(days)) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                n += lines(file) - (header ? 1 : 0);
            }
        }
        return n;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
