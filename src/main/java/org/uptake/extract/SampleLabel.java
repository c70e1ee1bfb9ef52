package org.uptake.extract;

import org.uptake.model.ExtractSource;
import org.uptake.model.Figures;

/** How a figure computed from an extract's sample of people says so, and a share among the sample with its 95% interval. */
public final class SampleLabel {

    private SampleLabel() {
    }

    /** "from a sample of 2 people (20.0%)", or "from every person's records" when nobody was left out. */
    public static String of(ExtractSource source) {
        return source.everyone() ? "from every person's records (" + Figures.count(source.people()) + " people)"
                : "from a sample of " + Figures.count(source.peopleSampled()) + " people (" + Figures.percent(source.sampleFraction(), 1) + ")";
    }

    /** "1 of 5 sampled adopters: 20.0% (95% interval 3.9%–62.4%)"; {@code whom} names the people counted ("adopters"). */
    public static String share(int hits, int people, String whom, ExtractSource source) {
        SampledRate r = SampledRate.of(hits, people, source.sampleFraction());
        String counted = Figures.count(hits) + " of " + Figures.count(people) + (source.everyone() ? " " : " sampled ") + whom;
        return people == 0 ? counted : counted + ": " + Figures.percent(r.estimate(), 1) + " (95% interval " + Figures.percent(r.low(), 1)
                + "–" + Figures.percent(r.high(), 1) + ")";
    }
}
