package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code uptake bench watch} feeds several days in turn, one refresh each, the first a fresh process's. */
class BenchWatchCliTest {

    @TempDir
    Path temp;

    @Test
    void eachDayIsOneRefreshInTurn() throws Exception {
        Path data = temp.resolve("data");
        assertEquals(0, CliRun.of("sample", data.toString(), "--users", "300", "--by-day", "files").exitCode());
        Path days = data.resolve("days");
        List<Path> files;
        try (Stream<Path> all = Files.list(days)) {
            files = all.sorted().toList();
        }
        Path lastWeb = files.stream().filter(f -> f.getFileName().toString().endsWith("-events-web.csv")).reduce((a, b) -> b).orElseThrow();
        String lastDay = lastWeb.getFileName().toString().substring(0, 10);
        String dayBefore = java.time.LocalDate.parse(lastDay).minusDays(1).toString();
        Path beforeWeb = days.resolve(dayBefore + "-events-web.csv");
        // Every day before those two first, as the history the refreshes add to.
        List<String> history = new ArrayList<>(List.of("import", temp.resolve("ws").toString()));
        files.stream().map(f -> f.getFileName().toString())
                .filter(f -> !f.startsWith(lastDay) && !f.startsWith(dayBefore) && !f.equals("truth.json"))
                .forEach(f -> history.add(days.resolve(f).toString()));
        assertEquals(0, CliRun.of("init", temp.resolve("ws").toString()).exitCode());
        CliRun imported = CliRun.of(history.toArray(String[]::new));
        assertEquals(0, imported.exitCode(), imported.err());

        CliRun run = CliRun.of("bench", "watch", temp.resolve("ws").toString(), "--day", beforeWeb.toString(), "--day", lastWeb.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode refreshes = json.get("refreshes");
        assertEquals(2, refreshes.size());
        assertEquals(List.of("fresh process", "running process"), List.of(refreshes.get(0).get("process").asText(),
                refreshes.get(1).get("process").asText()));
        assertEquals(List.of(dayBefore, lastDay), List.of(refreshes.get(0).get("asOf").asText(), refreshes.get(1).get("asOf").asText()));
        // Each refresh imported its own day's file (a few of the sample's rows are planted duplicates and bad rows).
        long first = refreshes.get(0).get("rowsImported").asLong();
        long second = refreshes.get(1).get("rowsImported").asLong();
        assertTrue(first > rows(beforeWeb) * 0.9 && first <= rows(beforeWeb), first + " of " + rows(beforeWeb));
        assertTrue(second > rows(lastWeb) * 0.9 && second <= rows(lastWeb), second + " of " + rows(lastWeb));
        // The last refresh's figures at the top, as with one day.
        assertEquals(lastDay, json.get("asOf").asText());
        // The figures name the collector they were measured with: on two cores it moves a fresh refresh by a sixth.
        String machine = json.get("machine").asText();
        assertTrue(machine.endsWith(", " + BenchCommand.collector() + " collector") && !BenchCommand.collector().isBlank(), machine);
    }

    /** Data rows of a CSV file (its header left out). */
    private static long rows(Path csv) throws Exception {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.count() - 1;
        }
    }
}
