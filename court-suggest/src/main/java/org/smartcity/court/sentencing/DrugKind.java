package org.smartcity.court.sentencing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A drug the rules know, with the factor that converts its weight to grams of heroin equivalent (鸦片 0.05: 1,000 g of
 * opium counts as 50 g of heroin). Immutable.
 *
 * @param name the drug's name
 * @param patterns wording that names it in facts
 * @param heroinEquivalent grams of heroin one gram counts as, {@code > 0}
 */
public record DrugKind(String name, List<Pattern> patterns, double heroinEquivalent) {
    public DrugKind {
        patterns = List.copyOf(patterns);
        if (!(heroinEquivalent > 0)) {
            throw new IllegalArgumentException("heroinEquivalent must be > 0");
        }
    }
}
