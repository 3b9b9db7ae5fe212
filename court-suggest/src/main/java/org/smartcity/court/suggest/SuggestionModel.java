package org.smartcity.court.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.smartcity.court.cail.CailCase;

/**
 * The charge, article and term model: a {@link Vocabulary}, one class-balanced linear SVM ({@link LinearScorer}, its
 * margin read as a probability through {@link #MARGIN_SCALE}) per charge and per article (one-vs-rest) over the text
 * terms, an SVR on ln(months + 1) for the term over the text terms plus the legal elements paired with the charge, and
 * the article distribution of each charge seen in training (P(article | charge)), kept for an article ranking that
 * mixes it in ({@code chargePriorWeight}, 0 by default: it measured worse), and the articles of the 1979 law courts
 * cite for offences before 1997 and the longer term of several offences ({@link LegalAdjustments}). The term reference
 * also weighs a sentencing guideline's term ({@link GuidelineTerm}), given by whoever trains or loads the model (it
 * is not saved with it: the rules are the user's choice, e.g. {@code --rules}). Immutable and thread-safe once built.
 *
 * <pre>
 * SuggestionModel m = SuggestionModel.train(cases, TrainingOptions.defaults(), new GuidelineCalculator(rules));
 * Suggestion s = m.suggest("被告人秘密窃取他人财物……", 5);
 * new SuggestionStore().save(m, dir);
 * </pre>
 */
public final class SuggestionModel {
    /** Version of the saved format. */
    public static final int FORMAT_VERSION = 3;
    /** Fewer Chinese characters than this and the text is flagged as too short. */
    public static final int MIN_HAN = 15;
    /** A top charge below this probability is flagged as unclear. */
    public static final double CLEAR_PROBABILITY = 0.35;

    /**
     * Added to a charge's probability when the facts contain its statutory name (every part of it, {@link ChargeName}).
     * Chosen on two folds together with {@link #NEIGHBOUR_SHARE} (docs/court-suggest.md): 0.2 beat 0.1 and 0.3.
     */
    public static final double NAME_BONUS = 0.2;
    /**
     * Share of the similar cases' vote in a label's probability: 0.1 with the SVM label models (0 to 0.3 were within
     * 0.3 points of each other on the tuning fold; 0.3 had been best with the earlier logistic models).
     */
    public static final double NEIGHBOUR_SHARE = 0.1;
    /** How many of the given similar cases (the most similar first) vote on charges and articles (5 beat 10). */
    public static final int VOTERS = 5;
    /**
     * Weights of the text model's and the guideline calculator's terms in the {@link TermConsensus}, each similar case
     * counting 1: 4 and 4 with 10 similar cases was the most even choice over three folds (docs/court-suggest.md).
     */
    public static final double MODEL_TERM_WEIGHT = 4.0;
    /** Share of the similar cases sentenced to death or life that makes the term reference one of those. */
    public static final double SEVERE_SHARE = 0.5;
    /** See {@link #MODEL_TERM_WEIGHT}. */
    public static final double GUIDELINE_TERM_WEIGHT = 4.0;

    /**
     * A label model's probability is 1 / (1 + e^(−MARGIN_SCALE · margin)) of its SVM margin: a margin of 1 (a
     * confidently placed training case) reads as 0.88.
     */
    static final double MARGIN_SCALE = 2.0;
    /** Labels at or above this probability (on or beyond the SVM boundary) are predicted besides the top one. */
    static final double THRESHOLD = 0.5;
    /** Cost of the term regression (0.3 beat 1 on the tuning fold once charge-paired elements were added). */
    static final double TERM_C = 0.3;

    private static final FactTerms TERMS = new FactTerms();

    private final Vocabulary vocabulary;
    private final List<LinearScorer> charges;
    private final List<LinearScorer> articles;
    private final LinearScorer term;
    private final Map<String, Map<String, Double>> articlesOfCharge;
    private final Map<String, Set<String>> chargeCompanions;
    private final LegalAdjustments adjustments;
    private final double threshold;
    private final double chargePriorWeight;
    private final long seed;
    private final List<ChargeName> chargeNames;
    private final GuidelineTerm guideline;

    /**
     * @param articlesOfCharge P(article | charge) for each charge, each map summing to at most 1
     * @param chargeCompanions for each charge, the other charges decided together with it in training
     * @param adjustments what the structure of the law adds (old articles, several offences)
     * @param threshold labels at or above this probability are predicted (besides the top one)
     * @param chargePriorWeight share (0–1) of P(article | predicted charges) in an article's probability
     * @param guideline the sentencing guideline whose term joins the term consensus ({@link GuidelineTerm#NONE} for
     *     none)
     */
    public SuggestionModel(
            Vocabulary vocabulary,
            List<LinearScorer> charges,
            List<LinearScorer> articles,
            LinearScorer term,
            Map<String, Map<String, Double>> articlesOfCharge,
            Map<String, Set<String>> chargeCompanions,
            LegalAdjustments adjustments,
            double threshold,
            double chargePriorWeight,
            long seed,
            GuidelineTerm guideline) {
        if (charges.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one charge");
        }
        this.vocabulary = vocabulary;
        this.charges = List.copyOf(charges);
        this.articles = List.copyOf(articles);
        this.term = term;
        Map<String, Map<String, Double>> copy = new TreeMap<>();
        articlesOfCharge.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        this.articlesOfCharge = Map.copyOf(copy);
        Map<String, Set<String>> companions = new TreeMap<>();
        chargeCompanions.forEach((k, v) -> companions.put(k, Set.copyOf(v)));
        this.chargeCompanions = Map.copyOf(companions);
        this.adjustments = adjustments;
        this.threshold = threshold;
        this.chargePriorWeight = chargePriorWeight;
        this.seed = seed;
        this.guideline = java.util.Objects.requireNonNull(guideline, "guideline");
        this.chargeNames =
                this.charges.stream().map(m -> ChargeName.parse(m.name())).toList();
    }

    /**
     * Trains on {@code cases} (each with at least one charge). Deterministic for a given seed.
     *
     * @param guideline the guideline whose term the trained model weighs in its term reference (not used in training)
     */
    public static SuggestionModel train(List<CailCase> cases, TrainingOptions options, GuidelineTerm guideline) {
        List<List<String>> docs =
                cases.parallelStream().map(c -> TERMS.terms(c.fact())).toList();
        List<List<String>> termDocs = new ArrayList<>();
        for (int r = 0; r < cases.size(); r++) {
            termDocs.add(
                    FactTerms.withCharge(docs.get(r), cases.get(r).charges().get(0)));
        }

        Vocabulary vocabulary = Vocabulary.build(termDocs, options.minDf(), options.maxTerms());
        List<FeatureVector> rows =
                docs.stream().map(d -> vocabulary.vector(FactTerms.textOnly(d))).toList();
        LinearTraining training = new LinearTraining(rows, vocabulary.size(), options.threads(), options.seed(), 1e-3);

        TreeSet<String> chargeNames = new TreeSet<>();
        TreeSet<String> articleNames = new TreeSet<>();
        for (CailCase c : cases) {
            chargeNames.addAll(c.charges());
            c.articles().forEach(a -> articleNames.add(String.valueOf(a)));
        }
        List<String> cn = List.copyOf(chargeNames);
        List<String> an = List.copyOf(articleNames);
        List<boolean[]> chargePos = new ArrayList<>();
        for (String name : cn) {
            boolean[] pos = new boolean[cases.size()];
            for (int r = 0; r < pos.length; r++) {
                pos[r] = cases.get(r).charges().contains(name);
            }
            chargePos.add(pos);
        }
        List<boolean[]> articlePos = new ArrayList<>();
        for (String name : an) {
            boolean[] pos = new boolean[cases.size()];
            for (int r = 0; r < pos.length; r++) {
                pos[r] = cases.get(r).articles().contains(Integer.valueOf(name));
            }
            articlePos.add(pos);
        }
        List<LinearScorer> chargeModels = training.balancedSvm(cn, chargePos, options.c(), MARGIN_SCALE);
        List<LinearScorer> articleModels = training.balancedSvm(an, articlePos, options.c(), MARGIN_SCALE);
        LinearScorer termModel =
                trainTerm(cases, termDocs.stream().map(vocabulary::vector).toList(), vocabulary.size(), options);
        return new SuggestionModel(
                vocabulary,
                chargeModels,
                articleModels,
                termModel,
                articlesOfCharge(cases),
                chargeCompanions(cases),
                new LegalAdjustments(EraArticles.learn(cases), SeveralOffences.learnLogExcess(cases)),
                THRESHOLD,
                0.0,
                options.seed(),
                guideline);
    }

    private static LinearScorer trainTerm(
            List<CailCase> cases, List<FeatureVector> rows, int features, TrainingOptions options) {
        List<FeatureVector> kept = new ArrayList<>();
        List<Double> target = new ArrayList<>();
        for (int r = 0; r < cases.size(); r++) {
            CailCase c = cases.get(r);
            if (!c.death() && !c.life()) {
                kept.add(rows.get(r));
                target.add(Math.log(c.termMonths() + 1.0));
            }
        }
        if (kept.isEmpty()) {
            return new LinearScorer("term", new int[0], new float[0], 0);
        }
        LinearTraining t = new LinearTraining(kept, features, 1, options.seed(), 1e-5);
        return t.regression(
                "term", target.stream().mapToDouble(Double::doubleValue).toArray(), TERM_C, 0.1);
    }

    private static Map<String, Set<String>> chargeCompanions(List<CailCase> cases) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (CailCase c : cases) {
            for (String a : c.charges()) {
                for (String b : c.charges()) {
                    if (!a.equals(b)) {
                        out.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, Map<String, Double>> articlesOfCharge(List<CailCase> cases) {
        Map<String, Map<String, Double>> counts = new TreeMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (CailCase c : cases) {
            for (String charge : c.charges()) {
                totals.merge(charge, 1, Integer::sum);
                Map<String, Double> m = counts.computeIfAbsent(charge, k -> new TreeMap<>());
                for (int a : c.articles()) {
                    m.merge(String.valueOf(a), 1.0, Double::sum);
                }
            }
        }
        counts.forEach((charge, m) -> m.replaceAll((a, n) -> n / totals.get(charge)));
        return counts;
    }

    /**
     * Suggests charges, articles and a term for {@code text} from the text alone (and the guideline calculator for the
     * term); {@code top} limits the ranked lists (the predicted sets are not limited). Never throws for odd text: empty
     * or non-Chinese text gives a flagged suggestion.
     */
    public Suggestion suggest(String text, int top) {
        return suggest(text, top, List.of());
    }

    /**
     * Suggests as {@link #suggest(String, int)}, with the decided cases most similar to {@code text} (most similar
     * first) as a second opinion: for the first {@link #VOTERS} of them, a charge's or article's probability becomes
     * {@code (1 − NEIGHBOUR_SHARE) · p + NEIGHBOUR_SHARE · vote} (the neighbours' weight share carrying it); every
     * one's fixed term joins the {@link TermConsensus} with weight 1. With no neighbours this is the text-only
     * suggestion.
     */
    public Suggestion suggest(String text, int top, List<Neighbour> neighbours) {
        return suggest(score(text), top, neighbours);
    }

    /** The text model's scores of {@code text} (null counts as empty), for {@link #suggest(TextScores, int, List)}. */
    public TextScores score(String text) {
        String t = text == null ? "" : text.strip();
        List<String> terms = TERMS.terms(t);
        FeatureVector x = vocabulary.vector(FactTerms.textOnly(terms));
        double[] chargeP = new double[charges.size()];
        int best = 0;
        for (int k = 0; k < chargeP.length; k++) {
            chargeP[k] = charges.get(k).probability(x);
            best = chargeP[k] > chargeP[best] ? k : best;
        }
        double[] articleP = new double[articles.size()];
        for (int k = 0; k < articleP.length; k++) {
            articleP[k] = articles.get(k).probability(x);
        }
        FeatureVector termX =
                vocabulary.vector(FactTerms.withCharge(terms, charges.get(best).name()));
        double months = Math.max(0, Math.exp(term.score(termX)) - 1);
        return new TextScores(this, t, x, chargeP, articleP, months);
    }

    /**
     * The suggestion from scores this model computed, with {@code neighbours} as in {@link #suggest(String, int,
     * List)}.
     *
     * @throws IllegalArgumentException when the scores come from another model
     */
    public Suggestion suggest(TextScores scores, int top, List<Neighbour> neighbours) {
        return suggest(scores, top, neighbours, true);
    }

    /**
     * The text-only suggestion without the guideline calculator (its term is the text model's alone): what a
     * similar-case search needs as its query's charges and articles, without the calculator's cost.
     *
     * @throws IllegalArgumentException when the scores come from another model
     */
    public Suggestion suggestLabels(TextScores scores, int top) {
        return suggest(scores, top, List.of(), false);
    }

    private Suggestion suggest(TextScores scores, int top, List<Neighbour> neighbours, boolean withGuideline) {
        if (scores.model() != this) {
            throw new IllegalArgumentException("these scores were computed by another model");
        }
        String t = scores.text();
        FeatureVector x = scores.features();
        Map<String, Double> chargeVotes = new HashMap<>();
        Map<String, Double> articleVotes = new HashMap<>();
        votes(neighbours.subList(0, Math.min(VOTERS, neighbours.size())), chargeVotes, articleVotes);
        double share = neighbours.isEmpty() ? 0 : NEIGHBOUR_SHARE;
        double[] chargeP = new double[charges.size()];
        for (int k = 0; k < chargeP.length; k++) {
            LinearScorer m = charges.get(k);
            double p = (1 - share) * scores.chargeProbability(k) + share * chargeVotes.getOrDefault(m.name(), 0.0);
            if (chargeNames.get(k).namedIn(t)) {
                p += NAME_BONUS;
            }
            chargeP[k] = Math.min(1.0, p);
        }
        List<RankedLabel> chargeRanking = rank(charges, chargeP, x, top);
        Map<String, Double> prior = new HashMap<>();
        for (RankedLabel c : chargeRanking) {
            Map<String, Double> dist = articlesOfCharge.getOrDefault(c.label(), Map.of());
            dist.forEach((a, p) -> prior.merge(a, p * c.probability(), Double::sum));
        }
        double[] articleP = new double[articles.size()];
        for (int k = 0; k < articleP.length; k++) {
            LinearScorer m = articles.get(k);
            double p = (1 - share) * scores.articleProbability(k) + share * articleVotes.getOrDefault(m.name(), 0.0);
            articleP[k] =
                    (1 - chargePriorWeight) * p + chargePriorWeight * Math.min(1.0, prior.getOrDefault(m.name(), 0.0));
        }
        List<RankedLabel> articleRanking = rank(articles, articleP, x, top);

        double modelMonths = scores.modelMonths();
        OptionalDouble similarMonths = medianFixedTerm(neighbours);
        RankedLabel best = chargeRanking.get(0);
        OptionalDouble guidelineMonths =
                withGuideline ? guideline.months(t, best.label(), best.probability()) : OptionalDouble.empty();
        List<TermConsensus.Reference> references = new ArrayList<>();
        references.add(new TermConsensus.Reference(modelMonths, MODEL_TERM_WEIGHT));
        guidelineMonths.ifPresent(g -> references.add(new TermConsensus.Reference(g, GUIDELINE_TERM_WEIGHT)));
        for (Neighbour n : neighbours) {
            if (n.termMonths() >= 0) {
                references.add(new TermConsensus.Reference(n.termMonths(), 1.0));
            }
        }
        List<String> notes = new ArrayList<>();
        double consensus = TermConsensus.months(references);
        if (adjustments.severalOffencesLogExcess() > 0 && SeveralOffences.described(t)) {
            consensus = SeveralOffences.raise(consensus, adjustments.severalOffencesLogExcess());
            notes.add(SeveralOffences.note(adjustments.severalOffencesLogExcess()));
        }
        int months = severeSentence(neighbours).orElse((int) Math.max(0, Math.round(consensus)));

        Optional<String> warning = Optional.empty();
        if (FactTerms.hanCount(t) < MIN_HAN) {
            warning = Optional.of("text too short / no Chinese legal facts found (" + FactTerms.hanCount(t)
                    + " Chinese characters); the ranking below is not a suggestion");
        } else if (best.probability() < CLEAR_PROBABILITY) {
            warning = Optional.of(String.format(
                    "no charge is clearly indicated (best %.2f); the facts may describe a charge the model does not"
                            + " know",
                    best.probability()));
        }
        EraArticles.Applied era = adjustments.eraArticles().apply(t, best.label(), predicted(articleRanking));
        era.note().ifPresent(n -> notes.add(0, n));
        return new Suggestion(
                head(chargeRanking, top),
                head(articleRanking, top),
                predictedCharges(chargeRanking, threshold, chargeCompanions),
                era.articles(),
                months,
                (int) Math.round(modelMonths),
                similarMonths,
                guidelineMonths,
                warning,
                notes);
    }

    /** Each label's share of the neighbours' total weight (equal shares when all weights are 0). */
    private static void votes(List<Neighbour> neighbours, Map<String, Double> charges, Map<String, Double> articles) {
        double total = neighbours.stream().mapToDouble(Neighbour::weight).sum();
        for (Neighbour n : neighbours) {
            double w = total > 0 ? n.weight() / total : 1.0 / neighbours.size();
            n.charges().forEach(c -> charges.merge(c, w, Double::sum));
            n.articles().forEach(a -> articles.merge(a, w, Double::sum));
        }
    }

    /**
     * Death or life ({@link Suggestion#DEATH}, {@link Suggestion#LIFE}) when at least {@link #SEVERE_SHARE} of the
     * neighbours were sentenced to one of them: the commoner of the two (life on a tie). The text model and the
     * calculator only know fixed terms, so only the similar cases can point here; on three folds this rule added
     * 0.4–0.7 to the term score (half of 10 beat 4 and 6 to 7 of 10 on two of them).
     */
    private static OptionalInt severeSentence(List<Neighbour> neighbours) {
        long death = neighbours.stream()
                .filter(n -> n.termMonths() == Suggestion.DEATH)
                .count();
        long life = neighbours.stream()
                .filter(n -> n.termMonths() == Suggestion.LIFE)
                .count();
        if (neighbours.isEmpty() || death + life < SEVERE_SHARE * neighbours.size()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(death > life ? Suggestion.DEATH : Suggestion.LIFE);
    }

    /** The median of the neighbours' fixed terms in CAIL's log space (the upper one of an even count). */
    private static OptionalDouble medianFixedTerm(List<Neighbour> neighbours) {
        double[] logs = neighbours.stream()
                .filter(n -> n.termMonths() >= 0)
                .mapToDouble(n -> Math.log(n.termMonths() + 1.0))
                .sorted()
                .toArray();
        if (logs.length == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.exp(logs[logs.length / 2]) - 1);
    }

    private List<RankedLabel> rank(List<LinearScorer> models, double[] probability, FeatureVector x, int top) {
        Integer[] order = new Integer[models.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(
                order,
                Comparator.<Integer>comparingDouble(k -> -probability[k])
                        .thenComparing(k -> models.get(k).name()));
        List<RankedLabel> out = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            LinearScorer m = models.get(order[i]);
            List<String> phrases = i < top ? phrases(m, x) : List.of();
            out.add(new RankedLabel(m.name(), probability[order[i]], phrases));
        }
        return out;
    }

    private List<String> phrases(LinearScorer m, FeatureVector x) {
        record Part(int index, double contribution) {}
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < x.size(); k++) {
            double c = m.weight(x.indices()[k]) * x.values()[k];
            // single characters carry weight but explain nothing to a reader; bigrams do
            if (c > 0 && !vocabulary.term(x.indices()[k]).startsWith(FactTerms.HAN)) {
                parts.add(new Part(x.indices()[k], c));
            }
        }
        parts.sort(Comparator.comparingDouble(Part::contribution).reversed().thenComparing(Part::index));
        List<String> out = new ArrayList<>();
        for (Part p : parts) {
            String phrase = display(vocabulary.term(p.index()));
            if (!out.contains(phrase)) {
                out.add(phrase);
            }
            if (out.size() == 5) {
                break;
            }
        }
        return out;
    }

    private static String display(String term) {
        String body = term.substring(2);
        if (term.startsWith(FactTerms.ELEMENT)) {
            return body.replace(':', ' ');
        }
        return body;
    }

    /**
     * The top charge, and each further charge at or above {@code threshold} that training cases were decided with
     * together with the top one ({@code companions}): a pair of charges no court in the data combined is more likely
     * two readings of the same facts than two offences. Over three folds +0.2 on the charge score (docs/court-suggest.md);
     * for articles the same rule measured nothing.
     */
    static List<String> predictedCharges(
            List<RankedLabel> ranking, double threshold, Map<String, Set<String>> companions) {
        List<String> out = new ArrayList<>();
        out.add(ranking.get(0).label());
        Set<String> seenWith = companions.getOrDefault(ranking.get(0).label(), Set.of());
        for (RankedLabel l : ranking.subList(1, ranking.size())) {
            if (l.probability() < threshold) {
                break;
            }
            if (seenWith.contains(l.label())) {
                out.add(l.label());
            }
        }
        return out;
    }

    private List<String> predicted(List<RankedLabel> ranking) {
        List<String> out = new ArrayList<>();
        for (RankedLabel l : ranking) {
            if (out.isEmpty() || l.probability() >= threshold) {
                out.add(l.label());
            } else {
                break;
            }
        }
        return out;
    }

    private static List<RankedLabel> head(List<RankedLabel> l, int top) {
        return List.copyOf(l.subList(0, Math.min(Math.max(1, top), l.size())));
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public List<LinearScorer> charges() {
        return charges;
    }

    public List<LinearScorer> articles() {
        return articles;
    }

    public LinearScorer term() {
        return term;
    }

    public Map<String, Map<String, Double>> articlesOfCharge() {
        return articlesOfCharge;
    }

    /** For each charge, the other charges decided together with it in training. */
    public Map<String, Set<String>> chargeCompanions() {
        return chargeCompanions;
    }

    /** What the structure of the law adds: old articles for offences before 1997, several offences. */
    public LegalAdjustments adjustments() {
        return adjustments;
    }

    public double threshold() {
        return threshold;
    }

    public double chargePriorWeight() {
        return chargePriorWeight;
    }

    public long seed() {
        return seed;
    }

    /** The guideline whose term joins the term consensus. */
    public GuidelineTerm guideline() {
        return guideline;
    }

    /**
     * The same model weighing {@code other}'s term instead (e.g. a province's rules given with {@code --rules});
     * this model is unchanged.
     */
    public SuggestionModel withGuideline(GuidelineTerm other) {
        return new SuggestionModel(
                vocabulary,
                charges,
                articles,
                term,
                articlesOfCharge,
                chargeCompanions,
                adjustments,
                threshold,
                chargePriorWeight,
                seed,
                other);
    }

    /** The same model predicting with another threshold and article mixing (for tuning). */
    public SuggestionModel withDecision(double newThreshold, double newChargePriorWeight) {
        return new SuggestionModel(
                vocabulary,
                charges,
                articles,
                term,
                articlesOfCharge,
                chargeCompanions,
                adjustments,
                newThreshold,
                newChargePriorWeight,
                seed,
                guideline);
    }
}
