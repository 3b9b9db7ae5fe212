package org.smartcity.court.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.extract.QuantityExtractor;

/**
 * Turns a fact text into the raw terms the models count: Chinese words and word bigrams from Lucene's
 * {@link SmartChineseAnalyzer} ({@code w:盗窃}, {@code w:秘密_窃取}), character bigrams of Chinese runs
 * ({@code c:窃取}), and binned legal elements found by the extraction package ({@code x:money:10k-30k},
 * {@code x:weight:1-10g}, {@code x:alcohol:80-160}). Numbers are folded to {@code <num>}. Thread-safe: the analyzer
 * reuses token streams per thread.
 */
public final class FactTerms {
    /** Prefix of word terms. */
    public static final String WORD = "w:";
    /** Prefix of character-bigram terms. */
    public static final String CHARS = "c:";
    /** Prefix of extracted-element terms. */
    public static final String ELEMENT = "x:";

    private static final long[] MONEY_EDGES = {1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000, 5_000_000};
    private static final long[] WEIGHT_EDGES = {1, 10, 50, 200, 1_000};
    private static final long[] ALCOHOL_EDGES = {20, 80, 160, 200};

    private final Analyzer analyzer = new SmartChineseAnalyzer();

    /** All terms of {@code text} in text order, repeated as often as they occur. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        List<String> words = words(text);
        String previous = null;
        for (String w : words) {
            out.add(WORD + w);
            if (previous != null) {
                out.add(WORD + previous + "_" + w);
            }
            previous = w;
        }
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHan(c)) {
                if (prev != 0) {
                    out.add(CHARS + prev + c);
                }
                prev = c;
            } else {
                prev = 0;
            }
        }
        out.addAll(elements(text));
        return out;
    }

    /** The SmartCN words of {@code text}, numbers folded to {@code <num>}. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String w = term.toString();
                words.add(isNumber(w) ? "<num>" : w);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The binned legal elements of {@code text} (money: largest and total; drug weight; blood alcohol). */
    public static List<String> elements(String text) {
        List<String> out = new ArrayList<>();
        List<Quantity> money = QuantityExtractor.money(text);
        if (money.isEmpty()) {
            out.add(ELEMENT + "money:none");
        } else {
            out.add(ELEMENT + "money:max:" + bin(max(money).orElse(0.0), MONEY_EDGES));
            out.add(ELEMENT + "money:sum:" + bin(sum(money), MONEY_EDGES));
        }
        List<Quantity> weight = QuantityExtractor.weight(text);
        if (!weight.isEmpty()) {
            out.add(ELEMENT + "weight:" + bin(max(weight).orElse(0.0), WEIGHT_EDGES) + "g");
        }
        List<Quantity> alcohol = QuantityExtractor.bloodAlcohol(text);
        if (!alcohol.isEmpty()) {
            out.add(ELEMENT + "alcohol:" + bin(max(alcohol).orElse(0.0), ALCOHOL_EDGES));
        }
        return out;
    }

    /** The largest value among {@code qs}, if any. */
    public static Optional<Double> largest(List<Quantity> qs) {
        return qs.isEmpty() ? Optional.empty() : max(qs);
    }

    private static Optional<Double> max(List<Quantity> qs) {
        return qs.stream().map(Quantity::value).map(BigDecimal::doubleValue).max(Double::compare);
    }

    private static double sum(List<Quantity> qs) {
        return qs.stream()
                .map(Quantity::value)
                .mapToDouble(BigDecimal::doubleValue)
                .sum();
    }

    private static String bin(double v, long[] edges) {
        long lower = 0;
        for (long e : edges) {
            if (v < e) {
                return lower + "-" + e;
            }
            lower = e;
        }
        return ">" + lower;
    }

    /** The number of Chinese (Han) characters in {@code text}. */
    public static int hanCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',' && c != '．') {
                return false;
            }
        }
        return !w.isEmpty();
    }
}
