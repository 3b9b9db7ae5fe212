package org.smartcity.court.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the comparable parts of places (district, sub-district, road) in Chinese text, one {@link PlaceMention}
 * per clause that names any. The clause is segmented by HanLP (dictionary + HMM, with its place recognition); a
 * word ending in a suffix of {@code places/suffixes.txt} ({@code 区}, {@code 街道}, {@code 镇}, {@code 路}, {@code 大街}
 * …) is a name together with the nouns, place names and numerals before it ({@code 杏林/n 湾路/ns} → 杏林湾路,
 * {@code 文/ng 三/m 路/n} → 文三路). A word HanLP reads as a verb, adverb, adjective or idiom ({@code 顺路/v},
 * {@code 沿街/d}, {@code 走投无路/al}) is no place, nor is a name of {@code places/not-places.txt} ({@code 原路},
 * {@code 小区}, {@code 马路}) or a stem of one character. Stateless and thread-safe.
 */
public final class PlaceExtractor {
    /** Longest stem (characters before the suffix) a name may have. */
    private static final int MAX_STEM = 8;

    private PlaceExtractor() {}

    /** One mention per clause that names a comparable place, in text order. */
    public static List<PlaceMention> extract(String text) {
        return extract(text, c -> true);
    }

    /** Like {@link #extract(String)}, but only clauses {@code keep} accepts are read. */
    public static List<PlaceMention> extract(String text, Predicate<String> keep) {
        List<PlaceMention> out = new ArrayList<>();
        for (Clauses.Clause clause : Clauses.split(text)) {
            if (!keep.test(clause.text())) {
                continue;
            }
            PlaceMention m = ofClause(clause.text());
            if (m.isComparable()) {
                out.add(m);
            }
        }
        return out;
    }

    /** All parts named in one short text, such as an address field or a clause. */
    public static PlaceMention ofClause(String c) {
        PlaceNames names = PlaceNames.get();
        String district = null;
        String subdistrict = null;
        Set<String> roads = new LinkedHashSet<>();
        if (!mayNamePlace(c)) {
            return new PlaceMention(null, null, roads);
        }
        List<Term> terms = Segmenter.SEGMENT.seg(ChineseNumber.normaliseDigits(c));
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String word = stripLocative(t.word);
            var suffix = names.suffixOf(word);
            if (suffix.isEmpty()) {
                continue;
            }
            // 路边/s, 路上/s: a locative word HanLP reads as one (roadside, on the way) is part of a name only after a
            // place word, plain noun, numeral or 建设/vn (环/n 城北/s 路上/s); not after HanLP's guess for an unknown
            // word (捡起/nz 路边/s) or a verb
            if (!word.equals(t.word)
                    && word.equals(suffix.get().text())
                    && t.nature.toString().startsWith("s")
                    && (i == 0 || !beforeLocativeName(terms.get(i - 1)))) {
                continue;
            }
            boolean longer = word.length() > suffix.get().text().length();
            // a place word of the segmenter's own (江北区/ns) is judged by exactly listed names only
            boolean placeWord = t.nature.toString().equals("ns") && word.equals(t.word);
            if (longer && (notANameTag(t) || (placeWord ? names.isNotPlaceWord(word) : names.isNotPlace(word)))) {
                continue;
            }
            StringBuilder name = new StringBuilder(word);
            int first = i;
            for (int j = i - 1;
                    j >= 0 && name.length() < MAX_STEM + suffix.get().text().length();
                    j--) {
                Term before = terms.get(j);
                if (names.isBoundary(before.word) || names.suffixOf(before.word).isPresent()) {
                    break;
                }
                String stemSoFar =
                        name.substring(0, name.length() - suffix.get().text().length());
                boolean afterNumeral = isNumeral(stemSoFar) && !isAsciiNumber(stemSoFar);
                // 解放路, 建设大道: a two-character verb naming the road right before a bare suffix word
                // … but not the predicate of a noun or pronoun before it (男子进入胡同, 他走进胡同)
                boolean verbName = j == i - 1
                        && t.word.equals(suffix.get().text())
                        && isVerb(before)
                        && before.word.length() == 2
                        && (j == 0 || !isSubject(terms.get(j - 1)));
                // 经三路, 纬五路: one character (no verb) before a Chinese-numeral stem
                boolean singleBeforeNumeral =
                        afterNumeral && before.word.length() == 1 && isHan(before.word) && !isVerb(before);
                if (!nameLike(before) && !verbName && !singleBeforeNumeral) {
                    break;
                }
                name.insert(0, before.word);
                first = j;
                if (singleBeforeNumeral) {
                    break;
                }
            }
            String n = name.toString();
            int stem = n.length() - suffix.get().text().length();
            if ((stem < 2 && !directionStreet(n, suffix.get().text()))
                    || n.contains("某")
                    || (placeWord && n.equals(word) ? names.isNotPlaceWord(n) : names.isNotPlace(n))
                    || names.endsInNotPlace(n, suffix.get())
                    || isAsciiNumber(n.substring(0, stem))
                    || besideLandmark(terms, first, i)) {
                continue;
            }
            switch (suffix.get().level()) {
                case DISTRICT -> district = district == null ? n : district;
                case SUBDISTRICT -> subdistrict = subdistrict == null ? n : subdistrict;
                case ROAD -> roads.add(n);
                default -> {}
            }
        }
        return new PlaceMention(district, subdistrict, roads);
    }

    /** Cheap test before segmenting: the clause holds a suffix of a compared level. */
    private static boolean mayNamePlace(String c) {
        return PlaceNames.get().containsComparedSuffix(c);
    }

    /** {@code 路上}, {@code 路口}, {@code 街边}: the road without the position word HanLP attached. */
    private static String stripLocative(String word) {
        if (word.length() >= 2 && "上口边旁".indexOf(word.charAt(word.length() - 1)) >= 0) {
            char before = word.charAt(word.length() - 2);
            if (before == '路' || before == '街') {
                return word.substring(0, word.length() - 1);
            }
        }
        return word;
    }

    /** Verbs, adverbs, adjectives, idioms, numerals and the like: a word of these is no place name. */
    private static boolean notANameTag(Term t) {
        String tag = t.nature.toString();
        return tag.startsWith("v")
                || tag.startsWith("d")
                || tag.startsWith("a")
                || tag.startsWith("i")
                || tag.startsWith("l")
                || tag.startsWith("m")
                || tag.startsWith("r")
                || tag.startsWith("p");
    }

    /** Words that can be part of a name before its suffix: nouns, place and proper names, numerals, 建设/vn. */
    private static boolean nameLike(Term t) {
        String tag = t.nature.toString();
        if (tag.startsWith("m") || tag.startsWith("t")) {
            return isNumeral(t.word);
        }
        return tag.startsWith("n")
                || tag.equals("vn")
                || tag.equals("s")
                || tag.equals("j")
                || tag.equals("b")
                || tag.equals("qt")
                || tag.equals("g");
    }

    /**
     * {@code 学校后巷}, {@code 医院后街}, {@code 商场前街}: a street told by its position beside a building named by a
     * common noun (the alley behind the school) names no street: it is a landmark, which the spec does not compare.
     * The suffix word starts with a position ({@code 后巷}) and every word before it is a common noun, none a
     * place or proper name ({@code 学校/nis}, not {@code 江南/nz}).
     */
    private static boolean besideLandmark(List<Term> terms, int first, int suffixTerm) {
        String w = terms.get(suffixTerm).word;
        if (first == suffixTerm || w.length() < 2 || "前后旁侧边".indexOf(w.charAt(0)) < 0) {
            return false;
        }
        for (int k = first; k < suffixTerm; k++) {
            String tag = terms.get(k).nature.toString();
            if (!tag.startsWith("n") || tag.startsWith("ns") || tag.startsWith("nz") || tag.startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    /** {@code 南大街}, {@code 东大街}: a town's main street is named by one direction before 大街. */
    private static boolean directionStreet(String name, String suffix) {
        return suffix.equals("大街") && name.length() == 3 && "东南西北中".indexOf(name.charAt(0)) >= 0;
    }

    /** {@code 26路} is a bus route, not a road. */
    private static boolean isAsciiNumber(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * A noun or pronoun that is no place name: a verb after it is its predicate, not the first word of a road's
     * name ({@code 江岸区/ns 解放/v 大道} is a road).
     */
    private static boolean isSubject(Term t) {
        String tag = t.nature.toString();
        return (tag.startsWith("n") || tag.startsWith("r"))
                && !tag.startsWith("ns")
                && PlaceNames.get().suffixOf(t.word).isEmpty();
    }

    /** A word after which a locative road word ({@code 路上}) still ends a name. */
    private static boolean beforeLocativeName(Term t) {
        String tag = t.nature.toString();
        return tag.equals("ns")
                || tag.equals("s")
                || tag.equals("n")
                || tag.equals("vn")
                || tag.equals("j")
                || (tag.startsWith("m") && isNumeral(t.word));
    }

    private static boolean isVerb(Term t) {
        String tag = t.nature.toString();
        return tag.equals("v") || tag.equals("vn") || tag.equals("vi");
    }

    private static boolean isHan(String w) {
        return w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean isNumeral(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isDigit(c) && !ChineseNumber.isNumeralChar(c)) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** The shared segmenter, loaded on first use (HanLP's dictionaries take a few hundred milliseconds). */
    private static final class Segmenter {
        static final Segment SEGMENT =
                HanLP.newSegment().enablePlaceRecognize(true).enableNameRecognize(false);
    }
}
