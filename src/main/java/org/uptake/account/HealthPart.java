package org.uptake.account;

/**
 * One part of an account's health score: what was measured, in words, and what it adds.
 *
 * @param score  0 to 1 before weighting
 * @param weight its weight in the score (0 when it could not be measured, so the others carry the score)
 */
public record HealthPart(String name, String measured, double score, double weight) {
}
