package org.uptake.struggle;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * Sentence embeddings from the all-MiniLM-L6-v2 model (quantized), which ships inside its jar and
 * runs offline through ONNX Runtime: knows that "tiles" and "widgets", "rearrange" and
 * "customize" are close, which word counts cannot.
 */
final class MiniLmSimilarity implements TextSimilarity {

    private final EmbeddingModel model;

    MiniLmSimilarity() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public String name() {
        return "all-MiniLM-L6-v2 sentence embeddings";
    }

    @Override
    public double defaultThreshold() {
        return 0.35;
    }

    @Override
    public double[][] bestMatches(List<List<String>> passageSets, List<String> texts) {
        // Tickets repeat themselves (macros, forwarded mails) and are matched again for every feature and window: each
        // distinct text is embedded once per process (within the memo's bound) with its norm, and its best match to a
        // set of passages is computed once (a watch refresh matched each ticket to each feature's passages 36 times).
        double[][] best = new double[passageSets.size()][texts.size()];
        for (int set = 0; set < passageSets.size(); set++) {
            List<String> passageSet = List.copyOf(passageSets.get(set));
            List<String> unknown = new java.util.ArrayList<>();
            synchronized (bestMemo) {
                for (int i = 0; i < texts.size(); i++) {
                    Double known = bestMemo.get(new Pair(passageSet, texts.get(i)));
                    if (known != null) {
                        best[set][i] = known;
                    } else {
                        unknown.add(texts.get(i));
                    }
                }
            }
            if (unknown.isEmpty()) {
                continue;
            }
            java.util.Map<String, Embedded> distinct = embedAll(unknown);
            java.util.Map<String, Embedded> p = embedAll(passageSet);
            List<Embedded> passages = passageSet.stream().map(p::get).toList();
            java.util.Map<String, Double> found = new java.util.HashMap<>();
            for (String text : distinct.keySet()) {
                Embedded t = distinct.get(text);
                double score = 0;
                for (Embedded passage : passages) {
                    score = Math.max(score, cosine(t, passage));
                }
                found.put(text, score);
            }
            synchronized (bestMemo) {
                found.forEach((text, score) -> bestMemo.put(new Pair(passageSet, text), score));
            }
            for (int i = 0; i < texts.size(); i++) {
                Double score = found.get(texts.get(i));
                if (score != null) {
                    best[set][i] = score;
                }
            }
        }
        return best;
    }

    /** A text and a set of passages it was matched with. */
    private record Pair(List<String> passages, String text) {
    }

    /** Best matches computed lately: a quarter's tickets against every feature's passages (about 10 MB at 100,000). */
    private final java.util.Map<Pair, Double> bestMemo = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Pair, Double> eldest) {
            return size() > MEMO_MATCHES;
        }
    };
    private static final int MEMO_MATCHES = 100_000;

    /** A text's vector and its squared norm, summed as the cosine always summed it. */
    private record Embedded(float[] vector, double norm) {

        static Embedded of(float[] v) {
            double n = 0;
            for (float x : v) {
                n += x * x;
            }
            return new Embedded(v, n);
        }
    }

    /** Texts embedded lately, most recent last: enough for a workspace's tickets of a quarter and the features' briefs. */
    private final java.util.Map<String, Embedded> memo = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Embedded> eldest) {
            return size() > MEMO_TEXTS;
        }
    };
    /** About 30 MB of vectors (384 floats each). */
    private static final int MEMO_TEXTS = 20_000;

    /** Each distinct text of {@code texts} with its embedding: remembered ones from the memo, the others embedded together. */
    private java.util.Map<String, Embedded> embedAll(List<String> texts) {
        java.util.Map<String, Embedded> found = new java.util.HashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        synchronized (memo) {
            for (String t : texts) {
                if (found.containsKey(t)) {
                    continue;
                }
                Embedded e = memo.get(t);
                found.put(t, e);
                if (e == null) {
                    missing.add(t);
                }
            }
        }
        List<float[]> vectors = embed(missing);
        synchronized (memo) {
            for (int i = 0; i < missing.size(); i++) {
                Embedded e = Embedded.of(vectors.get(i));
                found.put(missing.get(i), e);
                memo.put(missing.get(i), e);
            }
        }
        return found;
    }

    private List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }

    private static double cosine(Embedded a, Embedded b) {
        float[] x = a.vector();
        float[] y = b.vector();
        double dot = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
        }
        return a.norm() == 0 || b.norm() == 0 ? 0 : Math.max(0, dot / Math.sqrt(a.norm() * b.norm()));
    }
}
