package org.uptake.account;

import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.ints.IntSet;
import java.time.LocalDate;
import org.uptake.model.FeatureRef;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.workspace.FeatureQueries;

/** Struggling people of every feature launched by the window's end, from the struggle analysis itself (one definition everywhere). */
public final class StrugglesOfAllFeatures implements StrugglingPeople {

    private final StruggleAnalysis struggles;
    private final FeatureQueries features;

    public StrugglesOfAllFeatures(StruggleAnalysis struggles, FeatureQueries features) {
        this.struggles = struggles;
        this.features = features;
    }

    @Override
    public IntSet between(LocalDate from, LocalDate to) {
        IntOpenHashSet people = new IntOpenHashSet();
        for (FeatureRef f : features.list()) {
            if (!f.launchedAt().isAfter(to)) {
                // Detection only: the clusters, bug suspects and early warning of a full analysis are not needed here.
                struggles.struggling(f.key(), from, to).forEach(s -> people.add(s.person().personId()));
            }
        }
        return people;
    }
}
