package org.uptake.adoption;

/** A share that is 0 when there is nothing to divide by (the order statistics are {@link org.uptake.model.Quantiles}). */
final class Stats {

    private Stats() {
    }

    static double rate(int part, int whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
