package org.uptake.model;

/**
 * One figure an extract counted exactly on the cluster, e.g. (dashboard-customization, adopters,
 * segment, smb, 120); {@code feature} is empty for workspace-wide figures such as daily active people.
 */
public record ExtractFigure(String feature, String figure, String dimension, String item, double amount) {
}
