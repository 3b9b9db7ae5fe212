package org.smartcity.court.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The field names of the case library and its analysis: {@link #FACT} is analysed into SmartCN words (stored, for
 * excerpts), {@link #FACT_BIGRAMS} into CJK character bigrams (catches what the word segmenter splits differently,
 * e.g. 上海 inside 上海市); charges and articles are exact terms and doc values; the id, term and amount are doc values
 * (term and amount also point-indexed).
 */
public final class CaseFields {
    public static final String ID = "id";
    public static final String FACT = "fact";
    public static final String FACT_BIGRAMS = "fact_cjk";
    public static final String CHARGE = "charge";
    public static final String ARTICLE = "article";
    public static final String TERM = "term_months";
    public static final String AMOUNT = "amount_cny";

    private CaseFields() {}

    /** A new analyzer for the library's fields (SmartCN by default, CJK bigrams for {@link #FACT_BIGRAMS}). */
    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(), Map.of(FACT_BIGRAMS, new CJKAnalyzer()));
    }
}
