package org.smartcity.court.suggest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.extract.OffenceDate;

/**
 * The law in force when the offence was committed. The Criminal Law of 1997 took effect on 1 October 1997; for an
 * offence before that date courts apply the 1979 law unless the new one is lighter (1997 law, article 12), and cite
 * the 1979 law's article numbers: intentional injury is article 134 there, 234 now. Which old article courts cite
 * for a charge is learnt from the training cases dated before 1997 ({@link OffenceDate}): a rule is kept when at
 * least {@value #MIN_CASES} such single-charge cases exist and at least {@value #MIN_SHARE} of them cite one article
 * that differs from the one later cases of the charge cite most. Immutable and thread-safe.
 *
 * @param rules the rules by charge
 */
public record EraArticles(Map<String, Rule> rules) {
    /** The first month of the 1997 Criminal Law. */
    public static final YearMonth CODE_OF_1997 = YearMonth.of(1997, 10);

    static final int MIN_CASES = 3;
    static final double MIN_SHARE = 0.8;

    /**
     * For offences dated before {@link #CODE_OF_1997}, courts cited {@code article} for {@code charge} where later
     * cases cite {@code replaces}; seen in {@code cases} training cases.
     */
    public record Rule(String charge, String article, String replaces, int cases) {
        public Rule {
            if (charge.isBlank() || article.isBlank() || replaces.isBlank() || article.equals(replaces)) {
                throw new IllegalArgumentException("an era rule needs a charge and two different articles");
            }
            if (cases < 1) {
                throw new IllegalArgumentException("an era rule needs at least one case: " + cases);
            }
        }
    }

    /** What {@link #apply} decided: the articles to predict and, when a rule changed them, why. */
    public record Applied(List<String> articles, Optional<String> note) {
        public Applied {
            articles = List.copyOf(articles);
        }
    }

    public EraArticles {
        rules = Map.copyOf(rules);
    }

    /** No rules: predictions are left as they are. */
    public static EraArticles none() {
        return new EraArticles(Map.of());
    }

    /** Learns the rules from training cases (see the class comment). */
    public static EraArticles learn(List<CailCase> cases) {
        Map<String, Map<String, Integer>> before = new HashMap<>();
        Map<String, Map<String, Integer>> after = new HashMap<>();
        Map<String, Integer> beforeCases = new HashMap<>();
        for (CailCase c : cases) {
            if (c.charges().size() != 1) {
                continue; // with two charges it is unclear which article belongs to which
            }
            String charge = c.charges().get(0);
            boolean old = predates1997(c.fact());
            Map<String, Integer> counts = (old ? before : after).computeIfAbsent(charge, k -> new TreeMap<>());
            c.articles().stream().distinct().forEach(a -> counts.merge(String.valueOf(a), 1, Integer::sum));
            if (old) {
                beforeCases.merge(charge, 1, Integer::sum);
            }
        }
        Map<String, Rule> rules = new TreeMap<>();
        beforeCases.forEach((charge, n) -> {
            Optional<Map.Entry<String, Integer>> oldTop = commonest(before.get(charge));
            Optional<Map.Entry<String, Integer>> newTop = commonest(after.getOrDefault(charge, Map.of()));
            if (n >= MIN_CASES
                    && oldTop.isPresent()
                    && newTop.isPresent()
                    && oldTop.get().getValue() >= MIN_SHARE * n
                    && !oldTop.get().getKey().equals(newTop.get().getKey())) {
                rules.put(
                        charge,
                        new Rule(charge, oldTop.get().getKey(), newTop.get().getKey(), n));
            }
        });
        return new EraArticles(rules);
    }

    /** The most cited article, the lowest number on a tie. */
    private static Optional<Map.Entry<String, Integer>> commonest(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
    }

    /** True when {@code fact} dates its offence before {@link #CODE_OF_1997}. */
    static boolean predates1997(String fact) {
        return OffenceDate.first(fact).map(d -> d.isBefore(CODE_OF_1997)).orElse(false);
    }

    /**
     * The articles to predict for {@code text} given the model's {@code predicted} articles and its top charge: when
     * the offence predates 1997 and a rule covers the charge, its current article is replaced by the old one.
     */
    public Applied apply(String text, String topCharge, List<String> predicted) {
        Rule rule = rules.get(topCharge);
        Optional<YearMonth> date = rule == null ? Optional.empty() : OffenceDate.first(text);
        if (date.isEmpty() || !date.get().isBefore(CODE_OF_1997)) {
            return new Applied(predicted, Optional.empty());
        }
        List<String> out = new ArrayList<>();
        for (String a : predicted) {
            if (!a.equals(rule.replaces()) && !a.equals(rule.article())) {
                out.add(a);
            }
        }
        out.add(0, rule.article());
        return new Applied(
                out,
                Optional.of(String.format(
                        "offence dated %s, before the 1997 Criminal Law took effect (1 Oct 1997): the 1979 law applies"
                                + " unless the new one is lighter (article 12); in %d training cases of %s dated"
                                + " before 1997 courts cited article %s, not %s",
                        date.get(), rule.cases(), topCharge, rule.article(), rule.replaces())));
    }
}
