package org.uptake.impact;

import java.util.Locale;

/**
 * How one success metric's analysis fared when checked against itself: at {@code placebos} launch
 * dates drawn from the data before launch, where nothing was launched, how often it claimed a change
 * (the false-claim rate); and with a known change of {@code injected} put into a copy of the data at
 * the same dates, how often its 95% interval held that change (the recovery rate). {@code note}
 * says why a metric could not be checked; the counts are then 0.
 *
 * @param detected of the injected runs, how many claimed a change in the injected direction
 */
public record MetricValidation(String metric, int placebos, int claims, double injected, int recovered, int detected, String note) {

    /** The bar the seed set for the impact report's accuracy. */
    public static final double BAR = 0.8;

    public boolean validated() {
        return note == null && placebos > 0;
    }

    public double falseClaimRate() {
        return validated() ? claims / (double) placebos : Double.NaN;
    }

    public double recoveryRate() {
        return validated() ? recovered / (double) placebos : Double.NaN;
    }

    /** Both rates clear the bar: claims are wrong at most 20% of the time and a real change is recovered at least 80%. */
    public boolean meetsBar() {
        return validated() && 1 - falseClaimRate() >= BAR && recoveryRate() >= BAR;
    }

    /** The figures in one sentence, the same in the CLI, the Impact screen and the PDF. */
    public String sentence() {
        if (!validated()) {
            return metric + ": not validated — " + note;
        }
        return String.format(Locale.ROOT, "%s: at %d placebo launch dates before launch, where nothing launched, a change was claimed"
                        + " at %d (false-claim rate %.0f%%); a %+.1f%% change injected into a copy of the data was recovered by the 95%%"
                        + " interval at %d of %d (recovery rate %.0f%%) and claimed at %d. %s", metric, placebos, claims,
                100 * falseClaimRate(), 100 * injected, recovered, placebos, 100 * recoveryRate(), detected,
                meetsBar() ? "Meets the 80% accuracy bar." : "Misses the 80% accuracy bar: read this metric's claims with care.");
    }
}
