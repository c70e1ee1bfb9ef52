package org.uptake.struggle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text similarity to use: the embedding model when it loads on this machine (its native
 * runtime exists for Linux, macOS and Windows on x86-64 and ARM), else TF-IDF. Loaded once per process.
 */
public final class TextSimilarities {

    private static final Logger LOG = LoggerFactory.getLogger(TextSimilarities.class);
    private static volatile TextSimilarity best;

    private TextSimilarities() {
    }

    public static TextSimilarity best() {
        TextSimilarity found = best;
        if (found == null) {
            synchronized (TextSimilarities.class) {
                found = best;
                if (found == null) {
                    found = load();
                    best = found;
                }
            }
        }
        return found;
    }

    /** The fallback, also for tests that want word-count behaviour. */
    public static TextSimilarity tfIdf() {
        return new TfIdfSimilarity();
    }

    private static TextSimilarity load() {
        if (Boolean.getBoolean("uptake.noEmbeddings")) {
            return new TfIdfSimilarity();
        }
        try {
            return new MiniLmSimilarity();
        } catch (Exception | LinkageError e) {
            LOG.warn("The embedding model does not run here ({}); tickets are matched by TF-IDF instead.", e.toString());
            return new TfIdfSimilarity();
        }
    }
}
