package org.smartcity.court.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The terms a model knows, each with its document frequency, numbered 0..n−1 in sorted order (so the numbering does
 * not depend on the order the documents were seen), and the TF-IDF weighting: a text term counts (1 + ln tf) · idf
 * with idf = ln((N+1)/(df+1)) + 1, text terms are L2-normalised together, element terms ({@link FactTerms#ELEMENT})
 * count 1 each. Immutable.
 */
public final class Vocabulary {
    private final String[] terms;
    private final int[] df;
    private final int documents;
    private final Map<String, Integer> index;

    /**
     * @param terms the terms in index order, sorted, no duplicates
     * @param df document frequency of each term
     * @param documents the number of training documents
     */
    public Vocabulary(String[] terms, int[] df, int documents) {
        if (terms.length != df.length) {
            throw new IllegalArgumentException("terms and df differ in length");
        }
        this.terms = terms.clone();
        this.df = df.clone();
        this.documents = documents;
        this.index = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            if (index.put(terms[i], i) != null) {
                throw new IllegalArgumentException("duplicate term " + terms[i]);
            }
        }
    }

    /**
     * Builds a vocabulary of the terms that occur in at least {@code minDf} documents, keeping at most
     * {@code maxTerms} (the most frequent; ties by term).
     */
    public static Vocabulary build(Collection<List<String>> documents, int minDf, int maxTerms) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> doc : documents) {
            for (String t : new java.util.HashSet<>(doc)) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= minDf) {
                kept.add(e);
            }
        }
        kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        TreeMap<String, Integer> chosen = new TreeMap<>();
        for (Map.Entry<String, Integer> e : kept.subList(0, Math.min(maxTerms, kept.size()))) {
            chosen.put(e.getKey(), e.getValue());
        }
        String[] terms = chosen.keySet().toArray(new String[0]);
        int[] df = chosen.values().stream().mapToInt(Integer::intValue).toArray();
        return new Vocabulary(terms, df, documents.size());
    }

    public int size() {
        return terms.length;
    }

    public int documents() {
        return documents;
    }

    /** The term with index {@code i}. */
    public String term(int i) {
        return terms[i];
    }

    /** The document frequency of the term with index {@code i}. */
    public int df(int i) {
        return df[i];
    }

    /** The TF-IDF vector of a document's terms; unknown terms are ignored. */
    public FeatureVector vector(List<String> docTerms) {
        TreeMap<Integer, Integer> tf = new TreeMap<>();
        for (String t : docTerms) {
            Integer i = index.get(t);
            if (i != null) {
                tf.merge(i, 1, Integer::sum);
            }
        }
        int[] idx = new int[tf.size()];
        double[] val = new double[tf.size()];
        double norm = 0;
        int k = 0;
        for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
            int i = e.getKey();
            idx[k] = i;
            if (terms[i].startsWith(FactTerms.ELEMENT)) {
                val[k] = 1.0;
            } else {
                double v = (1 + Math.log(e.getValue())) * (Math.log((documents + 1.0) / (df[i] + 1.0)) + 1);
                val[k] = v;
                norm += v * v;
            }
            k++;
        }
        if (norm > 0) {
            double n = Math.sqrt(norm);
            for (int j = 0; j < idx.length; j++) {
                if (!terms[idx[j]].startsWith(FactTerms.ELEMENT)) {
                    val[j] /= n;
                }
            }
        }
        return new FeatureVector(idx, val);
    }

    /** The terms in index order (a copy). */
    public List<String> terms() {
        return Arrays.asList(terms.clone());
    }

    /** The document frequencies in index order (a copy). */
    public int[] dfs() {
        return df.clone();
    }
}
