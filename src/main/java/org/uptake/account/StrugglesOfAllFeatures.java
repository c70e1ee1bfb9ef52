package org.uptake.account;

import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.ints.IntSet;
import java.time.LocalDate;
import java.util.List;
import org.uptake.model.FeatureRef;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleSettings;
import org.uptake.workspace.Cached;
import org.uptake.workspace.FeatureQueries;

/**
 * Struggling people of every feature launched by the window's end, from the struggle analysis itself
 * (one definition everywhere). Remembered while the data, the features and the thresholds stay the
 * same: the book of business and then each account page a CSM opens ask for the same window.
 */
public final class StrugglesOfAllFeatures implements StrugglingPeople {

    /** What the answer depends on besides the data (whose changes the cache follows itself). */
    public record Window(LocalDate from, LocalDate to, StruggleSettings thresholds, List<FeatureRef> features) {
    }

    private final StruggleAnalysis struggles;
    private final FeatureQueries features;
    private final Cached<Window, IntSet> remembered;

    public StrugglesOfAllFeatures(StruggleAnalysis struggles, FeatureQueries features, Cached<Window, IntSet> remembered) {
        this.struggles = struggles;
        this.features = features;
        this.remembered = remembered;
    }

    @Override
    public IntSet between(LocalDate from, LocalDate to) {
        return remembered.get(new Window(from, to, struggles.settings(), features.list()), w -> detect(w.from(), w.to(), w.features()));
    }

    private IntSet detect(LocalDate from, LocalDate to, List<FeatureRef> all) {
        IntOpenHashSet people = new IntOpenHashSet();
        List<String> launched = all.stream().filter(f -> !f.launchedAt().isAfter(to)).map(FeatureRef::key).toList();
        // Detection only (the clusters, bug suspects and early warning of a full analysis are not needed here), every
        // feature from one read of the window's events.
        struggles.strugglingEach(launched, from, to).values().forEach(list -> list.forEach(s -> people.add(s.person().personId())));
        return people;
    }
}
