package org.uptake.adoption;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** One event name in the catalogue: how many people did it, how often, when first and last, and on which platforms. */
public record EventCatalogEntry(String name, int people, long events, Instant firstSeen, Instant lastSeen, List<String> platforms) {

    public EventCatalogEntry {
        platforms = List.copyOf(platforms);
    }

    /** True when the search text is empty or part of the name or a platform, ignoring case. */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String s = search.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).contains(s) || platforms.stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(s));
    }

    /** The suggested launch date for picked events: the first day (UTC) any of them was seen, or null when none is picked. */
    public static LocalDate suggestedLaunch(Collection<EventCatalogEntry> picked) {
        return picked.stream().map(EventCatalogEntry::firstSeen).min(Instant::compareTo)
                .map(first -> LocalDate.ofInstant(first, ZoneOffset.UTC)).orElse(null);
    }
}
