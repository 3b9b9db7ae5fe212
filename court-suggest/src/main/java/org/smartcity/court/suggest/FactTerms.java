package org.smartcity.court.suggest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.extract.QuantityExtractor;

/**
 * Turns a fact text into the raw terms the models count: single Chinese characters ({@code h:窃}), character bigrams
 * of Chinese runs ({@code c:窃取}), and binned legal elements found by the extraction package
 * ({@code x:money:max:10k-30k}, {@code x:weight:1-10g}, {@code x:alcohol:80-160}). The charge and article models read
 * the text terms only; the term model also reads the elements, alone and paired with a charge
 * ({@link #withCharge}), because the law sets a sentence by the charge's own tiers. No word segmentation: on the CAIL
 * sample, characters and bigrams scored as well as SmartCN words plus bigrams at a third of the cost
 * (docs/court-suggest.md). Stateless and thread-safe.
 */
public final class FactTerms {
    /** Prefix of single Chinese characters. */
    public static final String HAN = "h:";
    /** Prefix of character-bigram terms. */
    public static final String CHARS = "c:";
    /** Prefix of extracted-element terms (and of their pairings with a charge). */
    public static final String ELEMENT = "x:";

    private static final long[] MONEY_EDGES = {1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000, 5_000_000};
    private static final long[] WEIGHT_EDGES = {1, 10, 50, 200, 1_000};
    private static final long[] ALCOHOL_EDGES = {20, 80, 160, 200};

    /** All terms of {@code text}: its characters and character bigrams in text order, repeated as they occur, then its elements. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHan(c)) {
                out.add(HAN + c);
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

    /** The text terms of {@code terms} (without the elements), what the charge and article models read. */
    public static List<String> textOnly(List<String> terms) {
        return terms.stream().filter(t -> !t.startsWith(ELEMENT)).toList();
    }

    /**
     * {@code terms} with the charge itself and each of their elements paired with it ({@code x:charge:盗窃},
     * {@code x:盗窃|money:max:3k-10k}): what the term model reads, with the case's charge when training and the
     * suggested one when predicting.
     */
    public static List<String> withCharge(List<String> terms, String charge) {
        List<String> out = new ArrayList<>(terms);
        out.add(ELEMENT + "charge:" + charge);
        for (String t : terms) {
            if (t.startsWith(ELEMENT)) {
                out.add(ELEMENT + charge + "|" + t.substring(ELEMENT.length()));
            }
        }
        return out;
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
}
