package org.uptake.struggle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF cosine similarity over word stems: the fallback when no embedding model can run. It knows
 * no synonyms ("tile" is not "widget"), so its threshold is lower than the model's.
 */
final class TfIdfSimilarity implements TextSimilarity {

    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are",
            "it", "my", "i", "we", "our", "they", "their", "this", "that", "with", "when", "but", "not", "do", "does", "be",
            "can", "how", "what", "where", "there", "by", "from", "at", "as", "have", "has", "was", "were", "will", "into",
            "me", "you", "your", "them", "so", "if", "no", "t", "s", "don", "doesn", "can't", "cannot", "just", "now", "all");

    @Override
    public String name() {
        return "TF-IDF";
    }

    @Override
    public double defaultThreshold() {
        return 0.12;
    }

    @Override
    public double[][] bestMatches(List<List<String>> passageSets, List<String> texts) {
        double[][] best = new double[passageSets.size()][];
        for (int set = 0; set < passageSets.size(); set++) {
            best[set] = matchOne(passageSets.get(set), texts);
        }
        return best;
    }

    private double[] matchOne(List<String> passages, List<String> texts) {
        List<Map<String, Integer>> passageTerms = passages.stream().map(TfIdfSimilarity::terms).toList();
        List<Map<String, Integer>> textTerms = texts.stream().map(TfIdfSimilarity::terms).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<Map<String, Integer>> all = new ArrayList<>(passageTerms);
        all.addAll(textTerms);
        all.forEach(doc -> doc.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum)));
        int documents = all.size();
        List<Map<String, Double>> passageVectors = passageTerms.stream().map(t -> vector(t, documentFrequency, documents)).toList();
        double[] best = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            Map<String, Double> v = vector(textTerms.get(i), documentFrequency, documents);
            for (Map<String, Double> p : passageVectors) {
                best[i] = Math.max(best[i], cosine(v, p));
            }
        }
        return best;
    }

    static Map<String, Integer> terms(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            String w = word.replace("'", "");
            if (w.length() < 2 || STOP.contains(word) || STOP.contains(w)) {
                continue;
            }
            counts.merge(stem(w), 1, Integer::sum);
        }
        return counts;
    }

    /** A light suffix stripper: enough to make "widgets", "dragging" and "dragged" meet "widget" and "drag". */
    static String stem(String w) {
        String s = w;
        if (s.length() > 5 && s.endsWith("ing")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.length() > 4 && s.endsWith("ed")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 3 && s.endsWith("es") && !s.endsWith("ses")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 3 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2) && "bdgmnpt".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static Map<String, Double> vector(Map<String, Integer> terms, Map<String, Integer> df, int documents) {
        Map<String, Double> v = new HashMap<>();
        terms.forEach((term, count) -> v.put(term, (1 + Math.log(count)) * Math.log(1.0 + documents / (double) df.get(term))));
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }
}
