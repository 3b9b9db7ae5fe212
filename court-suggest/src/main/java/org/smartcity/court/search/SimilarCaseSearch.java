package org.smartcity.court.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.smartcity.court.extract.QuantityExtractor;
import org.smartcity.court.suggest.FactTerms;
import org.smartcity.court.suggest.RankedLabel;

/**
 * Finds similar cases in a {@link CaseLibrary} index. Two stages: BM25 over the SmartCN word field and the CJK bigram
 * field (the query's {@value #QUERY_TERMS} most telling terms per field) retrieves {@value #POOL} candidates, the cases
 * carrying the query's likeliest suggested charges first ({@link #retrievalBoost}); they are
 * re-ranked by text relevance (scaled to 0–1 by the best candidate) plus legal elements: for each charge the
 * suggestion model gives the query, a case gains {@value #CHARGE_WEIGHT} × the sum of the probabilities of those it carries; a shared
 * predicted article gains {@value #ARTICLE_WEIGHT} × probability; an amount within a factor of 2 of the query's gains
 * {@value #AMOUNT_WEIGHT}. Thread-safe; {@link #close()} releases the index.
 */
public final class SimilarCaseSearch implements AutoCloseable {
    static final int QUERY_TERMS = 60;
    static final int POOL = 100;
    /** 3 beat 1 on the tuning fold once the SVM label models came (P@10 0.879 → 0.887). */
    static final double CHARGE_WEIGHT = 3.0;

    static final double ARTICLE_WEIGHT = 0.3;
    static final double AMOUNT_WEIGHT = 0.1;
    /** See {@link #retrievalBoost}. */
    static final double RETRIEVAL_BOOST = 10_000;

    private static final Set<String> FACT_ONLY = Set.of(CaseFields.FACT);

    /** Shared daemon threads that search the segments of large libraries in parallel (see {@link CaseLibrary}). */
    private static final Executor SEGMENT_SEARCHERS =
            Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "case-library-search");
                t.setDaemon(true);
                return t;
            });

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = CaseFields.analyzer();

    /** Opens the index in {@code dir}. */
    public static SimilarCaseSearch open(Path dir) throws IOException {
        return new SimilarCaseSearch(FSDirectory.open(dir));
    }

    /** Searches the index in {@code directory}, which this object then owns and closes. */
    public SimilarCaseSearch(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader, SEGMENT_SEARCHERS) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, 1, 1); // one task per segment: a large library uses every core
            }
        };
    }

    /** The number of cases in the library. */
    public int size() {
        return reader.numDocs();
    }

    /**
     * The {@code top} cases most similar to {@code text}.
     *
     * @param charges the charges suggested for the query (may be empty: then text relevance and amount only)
     * @param articles the articles suggested for the query (may be empty)
     */
    public List<SimilarCase> similar(String text, List<RankedLabel> charges, List<RankedLabel> articles, int top) {
        return similar(text, charges, articles, top, CHARGE_WEIGHT);
    }

    /**
     * As {@link #similar(String, List, List, int)}, with another weight of the suggested charges in the re-ranking
     * (the default is {@value #CHARGE_WEIGHT}; less favours cases close in wording, amount and circumstances).
     *
     * @param chargeWeight ≥ 0
     */
    public List<SimilarCase> similar(
            String text, List<RankedLabel> charges, List<RankedLabel> articles, int top, double chargeWeight) {
        if (!(chargeWeight >= 0)) {
            throw new IllegalArgumentException("the charge weight must be >= 0, got " + chargeWeight);
        }
        try {
            return search(text == null ? "" : text, charges, articles, Math.max(1, top), chargeWeight);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SimilarCase> search(
            String text, List<RankedLabel> charges, List<RankedLabel> articles, int top, double chargeWeight)
            throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : List.of(CaseFields.FACT, CaseFields.FACT_BIGRAMS)) {
            for (String t : terms(field, text)) {
                q.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        Map<String, Double> chargeP = new HashMap<>();
        charges.forEach(c -> chargeP.merge(c.label(), c.probability(), Math::max));
        Map<String, Double> articleP = new HashMap<>();
        articles.forEach(a -> articleP.merge(a.label(), a.probability(), Math::max));
        for (Map.Entry<String, Double> c : chargeP.entrySet()) {
            Query carries = new ConstantScoreQuery(new TermQuery(new Term(CaseFields.CHARGE, c.getKey())));
            q.add(new BoostQuery(carries, (float) retrievalBoost(c.getValue())), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return List.of();
        }
        ScoreDoc[] hits = searcher.search(q.build(), Math.max(POOL, top)).scoreDocs;
        if (hits.length == 0) {
            return List.of();
        }
        Map<Integer, Elements> elements = elements(hits);
        Map<Integer, Double> textScore = new HashMap<>();
        for (ScoreDoc h : hits) {
            double boosts = elements.get(h.doc).charges().stream()
                    .filter(chargeP::containsKey)
                    .mapToDouble(c -> (float) retrievalBoost(chargeP.get(c)))
                    .sum();
            textScore.put(h.doc, Math.max(0, h.score - boosts));
        }
        double best = textScore.values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        Optional<Double> amount = FactTerms.largest(QuantityExtractor.money(text));
        record Ranked(ScoreDoc hit, Elements elements, double score, List<String> shared) {}
        List<Ranked> ranked = new ArrayList<>();
        for (ScoreDoc h : hits) {
            Elements e = elements.get(h.doc);
            double score = best > 0 ? textScore.get(h.doc) / best : 0;
            List<String> shared = new ArrayList<>();
            double chargeMatch = 0;
            for (String c : e.charges()) {
                Double p = chargeP.get(c);
                if (p != null) {
                    chargeMatch += p;
                    if (p >= 0.2) {
                        shared.add("same charge " + c);
                    }
                }
            }
            // the sum, so a case carrying two suggested charges ranks above one carrying either: it shares the main
            // charge whichever of the two it is (on the tuning fold P@10 0.887 with the sum, 0.876 with the largest
            // share alone, 0.870 with the mean over the case's charges)
            score += chargeWeight * chargeMatch;
            for (String a : e.articles()) {
                Double p = articleP.get(a);
                if (p != null) {
                    score += ARTICLE_WEIGHT * p;
                    if (p >= 0.2) {
                        shared.add("same article " + a);
                    }
                }
            }
            if (amount.isPresent() && e.amount().isPresent()) {
                double a = e.amount().get();
                double ratio = Math.max(a, amount.get()) / Math.max(1e-9, Math.min(a, amount.get()));
                if (ratio <= 2) {
                    score += AMOUNT_WEIGHT;
                    shared.add(String.format("similar amount %.0f元", a));
                }
            }
            ranked.add(new Ranked(h, e, score, shared));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingInt(r -> r.hit().doc));
        Set<String> queryBigrams = bigrams(text);
        StoredFields stored = searcher.storedFields();
        List<SimilarCase> out = new ArrayList<>();
        for (Ranked r : ranked.subList(0, Math.min(top, ranked.size()))) {
            Elements e = r.elements();
            String fact = stored.document(r.hit().doc, FACT_ONLY).get(CaseFields.FACT);
            out.add(new SimilarCase(
                    e.id(),
                    r.score(),
                    e.charges(),
                    e.articles(),
                    e.term(),
                    e.amount(),
                    Excerpt.of(fact == null ? "" : fact, queryBigrams, 80),
                    r.shared()));
        }
        return out;
    }

    /**
     * The retrieval score a case gains for carrying a suggested charge of probability {@code p}: far above any text
     * score, so the candidate pool holds the cases of the likeliest charges first (up to {@value #POOL}) and a rare
     * charge's few cases are not crowded out by wordier ones of a common charge; the re-ranking then removes it again.
     */
    private static double retrievalBoost(double p) {
        return RETRIEVAL_BOOST * p;
    }

    /** The legal elements of a library case, read from doc values. */
    private record Elements(int id, List<String> charges, List<String> articles, int term, Optional<Double> amount) {}

    /** The elements of every hit, read leaf by leaf in document order (doc values iterate forwards only). */
    private Map<Integer, Elements> elements(ScoreDoc[] hits) throws IOException {
        int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
        List<LeafReaderContext> leaves = reader.leaves();
        Map<Integer, Elements> out = new HashMap<>();
        int i = 0;
        while (i < docs.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            LeafReader lr = leaf.reader();
            FieldInfo chargeInfo = lr.getFieldInfos().fieldInfo(CaseFields.CHARGE);
            if (chargeInfo == null || chargeInfo.getDocValuesType() != DocValuesType.SORTED_SET) {
                throw new IOException(
                        "the case library was built by an older smartcity; rebuild it with: smartcity court index");
            }
            NumericDocValues ids = DocValues.getNumeric(lr, CaseFields.ID);
            SortedSetDocValues charges = DocValues.getSortedSet(lr, CaseFields.CHARGE);
            SortedSetDocValues articles = DocValues.getSortedSet(lr, CaseFields.ARTICLE);
            NumericDocValues terms = DocValues.getNumeric(lr, CaseFields.TERM);
            NumericDocValues amounts = DocValues.getNumeric(lr, CaseFields.AMOUNT);
            int end = leaf.docBase + lr.maxDoc();
            for (; i < docs.length && docs[i] < end; i++) {
                int d = docs[i] - leaf.docBase;
                int id = ids.advanceExact(d) ? (int) ids.longValue() : -1;
                int term = terms.advanceExact(d) ? (int) terms.longValue() : 0;
                Optional<Double> amount = amounts.advanceExact(d)
                        ? Optional.of(Double.longBitsToDouble(amounts.longValue()))
                        : Optional.empty();
                out.put(docs[i], new Elements(id, values(charges, d), values(articles, d), term, amount));
            }
        }
        return out;
    }

    private static List<String> values(SortedSetDocValues dv, int doc) throws IOException {
        if (!dv.advanceExact(doc)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < dv.docValueCount(); k++) {
            out.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
        }
        return out;
    }

    /**
     * The query's {@value #QUERY_TERMS} most telling terms of {@code field} (by tf-idf against the library, Lucene's
     * {@link MoreLikeThis}): a long fact text would otherwise make a query of hundreds of clauses, most of them words
     * every case shares.
     */
    private List<String> terms(String field, String text) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {field});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(QUERY_TERMS);
        return List.of(mlt.retrieveInterestingTerms(new StringReader(text), field));
    }

    static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN
                    && Character.UnicodeScript.of(text.charAt(i + 1)) == Character.UnicodeScript.HAN) {
                out.add(text.substring(i, i + 2));
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
