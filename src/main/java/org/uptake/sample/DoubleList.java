package org.uptake.sample;

import java.util.Arrays;

/** A growable array of doubles, so a million values cost 8 MB and not 24. */
final class DoubleList {

    private double[] values = new double[256];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    double[] sorted() {
        double[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }
}
