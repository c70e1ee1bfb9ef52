package org.uptake.struggle;

import java.util.List;
import org.uptake.adoption.ComparedPeriods;
import org.uptake.adoption.RateComparison;
import org.uptake.model.Progress;
import org.uptake.model.SignalKind;

/** Compares a feature's struggle share and ticket rate in two windows: two runs of the struggle analysis, one per window. */
public final class StrugglePeriods {

    private final StruggleAnalysis struggles;

    /** Comparisons built on {@code struggles}. */
    public StrugglePeriods(StruggleAnalysis struggles) {
        this.struggles = struggles;
    }

    public StruggleComparison compare(String featureKey, ComparedPeriods periods, Progress progress) {
        StruggleReport a = struggles.analyze(featureKey, periods.current().from(), periods.current().to(), progress);
        StruggleReport b = struggles.analyze(featureKey, periods.other().from(), periods.other().to(), progress);
        return new StruggleComparison(a.feature().key(), a.feature().name(), periods.current(), periods.other(),
                RateComparison.of("struggle share", strugglingEntrants(a), a.entrants(), strugglingEntrants(b), b.entrants()),
                RateComparison.of("ticket rate", a.peopleByKind().get(SignalKind.TICKET), a.activePeople(),
                        b.peopleByKind().get(SignalKind.TICKET), b.activePeople()),
                RateComparison.METHOD, org.uptake.adoption.PeriodCaveats.of(a.feature().launchedAt(), periods));
    }

    /** Struggling people who entered the feature: a struggle share's numerator, over the entrants. */
    static int strugglingEntrants(StruggleReport r) {
        return (int) r.struggling().stream().filter(p -> p.person().entered()).count();
    }
}
