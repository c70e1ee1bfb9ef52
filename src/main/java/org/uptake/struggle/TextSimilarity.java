package org.uptake.struggle;

import java.util.List;

/** How close texts are in meaning; ties tickets to the feature they are about. */
public interface TextSimilarity {

    /** What the analyst sees as the method ("all-MiniLM-L6-v2 sentence embeddings", "TF-IDF"). */
    String name();

    /** The similarity from which a ticket counts as being about the feature, for this method. */
    double defaultThreshold();

    /** For each text, its highest similarity (cosine, 0..1) to any of the passages. */
    double[] bestMatch(List<String> passages, List<String> texts);
}
