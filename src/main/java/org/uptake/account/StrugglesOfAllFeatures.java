package org.uptake.account;

import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.ints.IntSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.uptake.model.FeatureRef;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleSettings;
import org.uptake.workspace.Cached;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.StrugglingSetStore;

/**
 * Struggling people of every feature launched by the window's end, from the struggle analysis itself
 * (one definition everywhere). Remembered while the data, the features and the thresholds stay the
 * same: the book of business and then each account page a CSM opens ask for the same window; and kept
 * in the workspace, so the next opening, in this process or another, reads them instead of detecting them
 * again (the watch refresh after each import computes the book's window, so it is usually kept already).
 */
public final class StrugglesOfAllFeatures implements StrugglingPeople {

    /** What the answer depends on besides the data (whose changes the cache follows itself). */
    public record Window(LocalDate from, LocalDate to, StruggleSettings thresholds, List<FeatureRef> features) {
    }

    private final StruggleAnalysis struggles;
    private final FeatureQueries features;
    private final StrugglingSetStore kept;
    private final Cached<Window, IntSet> remembered;

    public StrugglesOfAllFeatures(StruggleAnalysis struggles, FeatureQueries features, StrugglingSetStore kept,
            Cached<Window, IntSet> remembered) {
        this.struggles = struggles;
        this.features = features;
        this.kept = kept;
        this.remembered = remembered;
    }

    @Override
    public IntSet between(LocalDate from, LocalDate to) {
        return remembered.get(new Window(from, to, struggles.settings(), features.list()), this::keptOrDetected);
    }

    @Override
    public String definition() {
        return struggles.settings().toString();
    }

    /** The set kept for the window when it was detected on this data with these definitions and thresholds; else detected and kept. */
    private IntSet keptOrDetected(Window w) {
        StrugglingSetStore.DataState data = kept.state();
        String fingerprint = kept.fingerprint(w.thresholds().toString());
        Optional<int[]> stored = kept.read(w.from(), w.to(), fingerprint, data);
        if (stored.isPresent()) {
            return new IntOpenHashSet(stored.get());
        }
        IntSet people = detect(w.from(), w.to(), w.features());
        kept.write(w.from(), w.to(), fingerprint, data, people.toIntArray());
        return people;
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
