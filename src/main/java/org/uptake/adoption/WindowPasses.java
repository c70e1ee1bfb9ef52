package org.uptake.adoption;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Many windows of many features read in as few passes over everyone's activity and profiles as a pass allows (31
 * windows): each window's people summed up ({@link SummaryCount}) or made participants ({@link FeatureParticipants}).
 * The watch asks for every feature's adoption since launch and three windows of each after every import; at a million
 * people each pass took 0.5 to 1.5 s, and each feature's own events are read once for all its windows.
 */
final class WindowPasses {

    private WindowPasses() {
    }

    /** One feature's windows read together: its since-launch summary (one window), or its participants' windows. */
    record Passage(String featureKey, boolean summary, List<AdoptionAnalysis.Window> windows) {

        Passage {
            windows = List.copyOf(windows);
        }

        static Passage summary(AdoptionAnalysis.Window since) {
            return new Passage(since.feature().key(), true, List.of(since));
        }

        static Passage participants(String featureKey, List<AdoptionAnalysis.Window> windows) {
            return new Passage(featureKey, false, windows);
        }
    }

    /**
     * Reads the passages in order, as many in each pass as fit. Each summary goes to {@code summed} as soon as it is
     * counted; each feature's participants, all its windows together, to {@code each}, before the next feature's are
     * made, so one feature's people are held at a time.
     */
    static void run(AdoptionQueries queries, List<Passage> passages, BiConsumer<String, AdoptionSummary> summed,
            BiConsumer<String, List<FeatureParticipants>> each) {
        List<Passage> pass = new ArrayList<>();
        int windows = 0;
        for (Passage p : passages) {
            if (!pass.isEmpty() && windows + p.windows().size() > Integer.SIZE - 1) {
                inOnePass(queries, pass, summed, each);
                pass.clear();
                windows = 0;
            }
            pass.add(p);
            windows += p.windows().size();
        }
        if (!pass.isEmpty()) {
            inOnePass(queries, pass, summed, each);
        }
    }

    private static void inOnePass(AdoptionQueries queries, List<Passage> passages, BiConsumer<String, AdoptionSummary> summed,
            BiConsumer<String, List<FeatureParticipants>> each) {
        List<AdoptionAnalysis.Window> all = new ArrayList<>();
        List<Passage> passageOf = new ArrayList<>();
        for (Passage p : passages) {
            p.windows().forEach(w -> {
                all.add(w);
                passageOf.add(p);
            });
        }
        // The read hands on a feature's windows one after another, in the order given, before the next feature's.
        List<FeatureParticipants> made = new ArrayList<>();
        queries.readEach(all.stream().map(AdoptionAnalysis.Window::people).toList(), false, (data, i) -> {
            Passage p = passageOf.get(i);
            if (p.summary()) {
                summed.accept(p.featureKey(), SummaryCount.of(all.get(i), data));
                return;
            }
            made.add(FeatureParticipants.of(all.get(i), data));
            if (made.size() == p.windows().size()) {
                each.accept(p.featureKey(), List.copyOf(made));
                made.clear();
            }
        });
    }
}
