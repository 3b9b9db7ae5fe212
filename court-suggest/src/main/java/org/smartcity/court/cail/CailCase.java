package org.smartcity.court.cail;

import java.util.List;
import java.util.Objects;

/**
 * One judgment in CAIL2018 format: the facts and what the court decided. Immutable.
 *
 * <p>Charges are written as CAIL writes them (without the trailing 罪, e.g. {@code 盗窃}); articles are Criminal Law
 * article numbers. The prison term is in months; a death sentence or life imprisonment is flagged separately (the
 * month count is then meaningless).
 */
public final class CailCase {
    private final String fact;
    private final List<String> charges;
    private final List<Integer> articles;
    private final int termMonths;
    private final boolean death;
    private final boolean life;

    /**
     * @param fact the fact text, never {@code null}
     * @param charges the charges, at least one for training data; copied
     * @param articles the article numbers; copied
     * @param termMonths fixed-term imprisonment in months, {@code >= 0}
     * @param death true for a death sentence
     * @param life true for life imprisonment
     */
    public CailCase(
            String fact, List<String> charges, List<Integer> articles, int termMonths, boolean death, boolean life) {
        this.fact = Objects.requireNonNull(fact, "fact");
        this.charges = List.copyOf(charges);
        this.articles = List.copyOf(articles);
        if (termMonths < 0) {
            throw new IllegalArgumentException("negative term: " + termMonths);
        }
        this.termMonths = termMonths;
        this.death = death;
        this.life = life;
    }

    public String fact() {
        return fact;
    }

    public List<String> charges() {
        return charges;
    }

    public List<Integer> articles() {
        return articles;
    }

    /** The fixed term in months (0 for none, or when {@link #death()} or {@link #life()}). */
    public int termMonths() {
        return termMonths;
    }

    public boolean death() {
        return death;
    }

    public boolean life() {
        return life;
    }

    /** The term as CAIL's scorer encodes it: months, −2 for death, −1 for life. */
    public int cailTerm() {
        return death ? -2 : life ? -1 : termMonths;
    }

    /** The first charge, or the empty string when there is none. */
    public String mainCharge() {
        return charges.isEmpty() ? "" : charges.get(0);
    }
}
