package org.uptake.sample;

/** A visit to the product: its UTC day, start time, platform and how many ordinary events it holds. */
record Session(long epochDay, long start, String platform, int events) {
}
