package org.uptake.impact;

import java.util.List;

/**
 * One success metric's measured change since launch, told honestly: the estimate and its interval,
 * the placebo (a fake launch earlier, which must show nothing), the groups' sizes and means, the
 * confidence that follows, the caveats, and one sentence saying it in plain words.
 *
 * @param method   "difference in differences" (adopters against comparable non-adopters) or "before/after rate"
 * @param before   adopters' (or everyone's, for tickets) value before launch; {@code after} likewise
 */
public record MetricImpact(String name, String method, String better, Estimate effect, Estimate placebo, int adopters, int others,
        double before, double after, double othersBefore, double othersAfter, int weeksBefore, int weeksAfter,
        Confidence confidence, List<String> caveats, String verdict) {

    public MetricImpact {
        caveats = List.copyOf(caveats);
    }

    /** The change went the way the feature was meant to move the metric. */
    public boolean improved() {
        return effect != null && ("higher".equalsIgnoreCase(better) ? effect.value() > 0 : effect.value() < 0);
    }

    public boolean placeboPasses() {
        return placebo == null || !placebo.excludesZero();
    }
}
