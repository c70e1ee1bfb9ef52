package org.uptake.model;

import java.time.LocalDate;

/** A feature as pickers and lists show it: its key, its name and when it launched. */
public record FeatureRef(String key, String name, LocalDate launchedAt) {

    @Override
    public String toString() {
        return name;
    }
}
