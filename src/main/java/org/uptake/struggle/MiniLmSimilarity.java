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
        // Tickets repeat themselves (macros, forwarded mails): each distinct text is embedded once.
        java.util.Map<String, float[]> distinct = new java.util.LinkedHashMap<>();
        texts.forEach(t -> distinct.put(t, null));
        List<String> unique = new java.util.ArrayList<>(distinct.keySet());
        List<float[]> vectors = embed(unique);
        for (int i = 0; i < unique.size(); i++) {
            distinct.put(unique.get(i), vectors.get(i));
        }
        double[][] best = new double[passageSets.size()][texts.size()];
        for (int set = 0; set < passageSets.size(); set++) {
            List<float[]> p = embed(passageSets.get(set));
            for (int i = 0; i < texts.size(); i++) {
                float[] t = distinct.get(texts.get(i));
                for (float[] passage : p) {
                    best[set][i] = Math.max(best[set][i], cosine(t, passage));
                }
            }
        }
        return best;
    }

    private List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : Math.max(0, dot / Math.sqrt(na * nb));
    }
}
