package org.uptake.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * Adoption day by day since launch: new adopters, cumulative adopters and the cumulative rate
 * (adopters so far ÷ people active since launch so far), with the trend of new adopters per day
 * over the last 14 days (least-squares slope) and the target line.
 */
public record AdoptionCurve(List<Day> days, double trendPerDay, double target, int targetWithinDays, LocalDate launchedAt) {

    public AdoptionCurve {
        days = List.copyOf(days);
    }

    /** One day of the curve. */
    public record Day(LocalDate date, int newAdopters, int adopters, int activeSoFar, double rate, double pace) {
    }

    /** Least-squares slope of y over x = 0, 1, 2, …; 0 for fewer than two points. */
    static double slope(int[] y) {
        int n = y.length;
        if (n < 2) {
            return 0;
        }
        double meanX = (n - 1) / 2.0;
        double meanY = 0;
        for (int v : y) {
            meanY += v;
        }
        meanY /= n;
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - meanX) * (y[i] - meanY);
            den += (i - meanX) * (i - meanX);
        }
        return num / den;
    }
}
