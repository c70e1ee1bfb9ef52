package org.uptake.struggle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cluster leads with plain words; the statistics behind them are the detail. */
class ClusterWordsTest {

    @Test
    void aClusterSaysWhoStrugglesAndHowSureInWordsWithTheStatisticsAsDetail() {
        StruggleCluster sure = cluster(0.3103, 0.1942, 10.54, 0.00004);
        StruggleCluster likely = cluster(0.25, 0.2, 1.33, 0.004);
        StruggleCluster maybe = cluster(0.22, 0.2, 1.1, 0.04);

        assertEquals("31% struggle, against 19% of everyone", sure.shareInWords());
        assertEquals(List.of("very unlikely to be chance", "unlikely to be chance", "could be chance"),
                List.of(sure.howSure(), likely.howSure(), maybe.howSure()));
        assertEquals("odds ratio 10.5, q = 4.0e-05 (Fisher's exact test, false-discovery adjusted)", sure.statistics());
        assertEquals("odds ratio > 100, q = 4.0e-02 (Fisher's exact test, false-discovery adjusted)", cluster(0.9, 0.1, 250, 0.04).statistics());
    }

    private static StruggleCluster cluster(double share, double baseline, double oddsRatio, double q) {
        return new StruggleCluster(List.of(new ClusterAttribute(ClusterAttribute.MAIN_PLATFORM, "mobile")), "mobile", 31, 100, share, baseline,
                oddsRatio, q / 2, q, Map.of(), List.of(), "Mobile users struggle", List.of(), null, null);
    }
}
