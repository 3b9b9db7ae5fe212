package org.smartcity.court.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.suggest.FactTerms;

/**
 * Builds the Lucene 9 case library: one document per judgment with the fields of {@link CaseFields}; the id is the
 * case's position in the input. Only the fact text is stored (for excerpts); the id, charges, articles, term and amount
 * are doc values, which re-ranking reads without decompressing stored documents. Building replaces any index in the
 * folder. Stateless.
 */
public final class CaseLibrary {
    /** Below this many cases per segment, searching segments in parallel costs more than it saves. */
    static final int CASES_PER_SEGMENT = 40_000;

    private CaseLibrary() {}

    /** Writes {@code cases} into a new index in {@code dir}. */
    public static void build(List<CailCase> cases, Path dir) throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            build(cases, d);
        }
    }

    /** Writes {@code cases} into a new index in {@code dir} (any directory, e.g. in memory for tests). */
    public static void build(List<CailCase> cases, Directory dir) throws IOException {
        build(cases, dir, segments(cases.size()));
    }

    /** As {@link #build(List, Directory)}, merged into {@code segments} segments (at most; fewer when small). */
    static void build(List<CailCase> cases, Directory dir, int segments) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(CaseFields.analyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(128);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            // one flushed segment per share of the cases, so the library ends with that many segments of equal size
            int perSegment = Math.max(1, (cases.size() + segments - 1) / segments);
            for (int i = 0; i < cases.size(); i++) {
                w.addDocument(document(i, cases.get(i)));
                if ((i + 1) % perSegment == 0) {
                    w.flush();
                }
            }
            w.forceMerge(segments);
        }
    }

    /**
     * Segments the library is merged into: one per {@value #CASES_PER_SEGMENT} cases, at most one per core, so a
     * large library is searched on every core ({@link SimilarCaseSearch} searches segments in parallel).
     */
    static int segments(int cases) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return Math.max(1, Math.min(cores, cases / CASES_PER_SEGMENT));
    }

    private static Document document(int id, CailCase c) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(CaseFields.ID, id));
        doc.add(new TextField(CaseFields.FACT, c.fact(), Field.Store.YES));
        doc.add(new TextField(CaseFields.FACT_BIGRAMS, c.fact(), Field.Store.NO));
        for (String charge : new LinkedHashSet<>(c.charges())) {
            doc.add(new StringField(CaseFields.CHARGE, charge, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(CaseFields.CHARGE, new BytesRef(charge)));
        }
        for (int a : new LinkedHashSet<>(c.articles())) {
            doc.add(new StringField(CaseFields.ARTICLE, String.valueOf(a), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(CaseFields.ARTICLE, new BytesRef(String.valueOf(a))));
        }
        doc.add(new IntPoint(CaseFields.TERM, c.cailTerm()));
        doc.add(new NumericDocValuesField(CaseFields.TERM, c.cailTerm()));
        FactTerms.largest(org.smartcity.court.extract.QuantityExtractor.money(c.fact()))
                .ifPresent(a -> {
                    doc.add(new DoublePoint(CaseFields.AMOUNT, a));
                    doc.add(new DoubleDocValuesField(CaseFields.AMOUNT, a));
                });
        return doc;
    }
}
