package org.uptake.impact;

/**
 * A relative change with its 95% interval: {@code value} −0.14 means 14% lower. {@code excludesZero}:
 * the interval lies on one side of no change.
 */
public record Estimate(double value, double low, double high) {

    public boolean excludesZero() {
        return low > 0 || high < 0;
    }

    public boolean contains(double x) {
        return x >= low && x <= high;
    }
}
