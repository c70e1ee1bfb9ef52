package org.uptake.extract;

import org.uptake.model.ExtractSource;
import org.uptake.model.Figures;

/**
 * A feature's adoption as an extract gives it: counted exactly over every active person on the cluster, and
 * as the workspace's sample of people shows it, with the interval the sample's size allows.
 */
public record ExactAndSampled(ExtractSource source, long adopters, long activePeople, SampledRate sampled) {

    public double exactRate() {
        return activePeople == 0 ? Double.NaN : adopters / (double) activePeople;
    }

    /**
     * E.g. "Counted exactly on cluster yarn-prod over all 10 people (2026-05-01 – 2026-05-06): 3 of 7 active people
     * adopted it (42.9%). Figures not marked as counted exactly come from a sample of 2 people (20.0% of everyone): 1 of 2 sampled active people
     * adopted it: 50% (95% interval 11%–89%)."
     */
    public String label() {
        String exact = "Counted exactly on cluster " + source.cluster() + " over all " + Figures.count(source.people()) + " people ("
                + source.firstDay() + " – " + source.lastDay() + "): " + Figures.count(adopters) + " of " + Figures.count(activePeople)
                + " active people adopted it (" + Figures.percent(exactRate(), 1) + ").";
        if (source.everyone()) {
            return exact + " Every person's records are in this workspace, so the figures below are exact too.";
        }
        return exact + " Figures not marked as counted exactly come from a sample of " + Figures.count(source.peopleSampled()) + " people ("
                + Figures.percent(source.sampleFraction(), 1) + " of everyone): " + Figures.count(sampled.hits()) + " of "
                + Figures.count(sampled.people()) + " sampled active people adopted it: " + Figures.percent(sampled.estimate(), 0)
                + " (95% interval " + Figures.percent(sampled.low(), 0) + "–" + Figures.percent(sampled.high(), 0) + ").";
    }
}
