package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a review runs, registered explicitly (no class-path scanning, no reflection). Immutable.
 *
 * <pre>{@code
 * RuleRegistry rules = RuleRegistry.standard();            // all rules of the specification
 * RuleRegistry mine = RuleRegistry.of(List.of(new UnsignedRule()));
 * }</pre>
 */
public final class RuleRegistry {
    private final List<Rule> rules;

    private RuleRegistry(List<Rule> rules) {
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("two rules with id " + r.id());
            }
        }
        this.rules = List.copyOf(rules);
    }

    /** Every rule of the case-file specification, in the order of its finding kinds. */
    public static RuleRegistry standard() {
        List<Rule> r = new ArrayList<>();
        r.add(new MissingEvidenceRule());
        r.add(new UnsignedRule());
        r.add(new SingleInvestigatorRule());
        r.add(new ExcessiveDurationRule());
        r.add(new TimeInvalidRule());
        r.add(new MinorGuardianRule());
        r.add(new RecordingRule());
        r.add(new ExpertQualificationRule());
        r.add(new IdentificationProcedureRule());
        r.add(new ChainOfCustodyRule());
        r.add(new TimeContradictionRule());
        r.add(new PlaceContradictionRule());
        r.add(new AmountContradictionRule());
        r.add(new IdentityContradictionRule());
        r.add(new RetractedConfessionRule());
        r.add(new UncorroboratedConfessionRule());
        r.add(new ThresholdRule());
        r.add(new UnderAgeRule());
        return new RuleRegistry(r);
    }

    /** A registry of exactly these rules (ids must be unique). */
    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Rule ids, in order. */
    public List<String> ids() {
        return rules.stream().map(Rule::id).toList();
    }
}
