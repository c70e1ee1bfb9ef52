package org.uptake.adoption;

import java.util.List;

/**
 * A feature's adoption and funnel in two windows side by side, with each difference and its 95% interval
 * ({@link RateComparison#METHOD}).
 *
 * <p>Adoption in a window: of the target audience (the feature's target segments, everyone when it names
 * none) active in the window on or after launch, the share who did the adoption event in that window.
 * Unlike the summary's rate, which counts everyone who had adopted by the window's end, it asks who
 * used the feature in the window, so two windows can differ either way. Funnel conversion in a window:
 * of the people active in it who entered the funnel (a step-1 attempt in the window), the share who
 * reached the last step, each step within the conversion window and before the window's end.
 *
 * @param funnelConversion null when the feature defines no funnel
 * @param funnelSteps      conversion into each step after the first from the step before, in order
 * @param caveats          what limits the comparison (a window before launch, overlapping windows)
 */
public record AdoptionComparison(String featureKey, String featureName, Period current, Period other, String audience,
        RateComparison adoption, RateComparison funnelConversion, int funnelWindowDays, List<RateComparison> funnelSteps,
        String method, List<String> caveats) {

    /** The definition of adoption in a window, in one line for the CLI and the screens. */
    public static final String DEFINITION = "adoption in a window: of the target audience active in it (on or after launch),"
            + " the share who did the adoption event in it";

    public AdoptionComparison {
        funnelSteps = List.copyOf(funnelSteps);
        caveats = List.copyOf(caveats);
    }

    /** The figures a screen lists: adoption, then funnel conversion when there is a funnel. */
    public List<RateComparison> figures() {
        return funnelConversion == null ? List.of(adoption) : List.of(adoption, funnelConversion);
    }
}
