package org.uptake.sample;

import java.nio.file.Path;

/** What {@code uptake sample} wrote. */
public record SampleSummary(Path folder, int people, long events, int tickets, String webEventsFile, String mobileEventsFile) {
}
