package org.uptake.model;

import java.time.LocalDate;

/**
 * Where an imported extract's data came from: the cluster the Spark job ran on, when, the data's
 * days, and the people it saw against the people whose records it sampled.
 */
public record ExtractSource(long batchId, int formatVersion, String cluster, String createdAt, LocalDate firstDay,
        LocalDate lastDay, long events, long people, long peopleSampled, String sampleSpec, long sampleSeed) {

    /** The share of people whose records are in the workspace (1 when every person was sampled). */
    public double sampleFraction() {
        return people == 0 ? 1 : peopleSampled / (double) people;
    }

    public boolean everyone() {
        return peopleSampled >= people;
    }
}
