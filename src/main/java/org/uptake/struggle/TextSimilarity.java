package org.uptake.struggle;

import java.util.List;

/** How close texts are in meaning; ties tickets to the feature they are about. */
public interface TextSimilarity {

    /** What the analyst sees as the method ("all-MiniLM-L6-v2 sentence embeddings", "TF-IDF"). */
    String name();

    /** The similarity from which a ticket counts as being about the feature, for this method. */
    double defaultThreshold();

    /** For each text, its highest similarity (cosine, 0..1) to any of the passages. */
    default double[] bestMatch(List<String> passages, List<String> texts) {
        return bestMatches(List.of(passages), texts)[0];
    }

    /**
     * For each set of passages (one per feature), each text's highest similarity to it: the texts
     * are read once however many features they are compared with.
     */
    double[][] bestMatches(List<List<String>> passageSets, List<String> texts);
}
