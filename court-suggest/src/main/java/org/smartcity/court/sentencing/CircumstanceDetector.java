package org.smartcity.court.sentencing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the rules' circumstances in fact text: by their wording (not negated in its clause), and for age windows by
 * the offender's stated age too. Then settles which apply: a circumstance for other charges, or one excluded by
 * another that applies (坦白 beside 自首; 前科 beside 累犯; 赔偿并谅解 beside 退赃退赔, whose money is counted once,
 * leaving the forgiveness to count once as 取得谅解) is reported but not applied. Stateless.
 */
final class CircumstanceDetector {
    private CircumstanceDetector() {}

    /** The circumstances found, in the rules' order. */
    static List<DetectedCircumstance> detect(String text, SentencingRules rules, ChargeRule charge) {
        Map<String, Mention> found = new LinkedHashMap<>();
        Optional<OffenderAge.Found> age = OffenderAge.find(text);
        for (CircumstanceRule r : rules.circumstances()) {
            Optional<Mention> m = PhraseFinder.find(text, r.patterns());
            if (m.isEmpty() && age.isPresent() && r.ageAtLeast().isPresent()) {
                int years = age.get().years();
                if (years >= r.ageAtLeast().getAsInt() && years < r.ageBelow().getAsInt()) {
                    m = Optional.of(age.get().mention());
                }
            }
            m.ifPresent(mention -> found.put(r.id(), mention));
        }
        // a stated age outside a window overrides a generic wording (系未成年人 at 15 is the 12–16 window)
        if (age.isPresent()) {
            for (CircumstanceRule r : rules.circumstances()) {
                if (r.ageAtLeast().isPresent() && found.containsKey(r.id())) {
                    int years = age.get().years();
                    if (years < r.ageAtLeast().getAsInt()
                            || years >= r.ageBelow().getAsInt()) {
                        found.remove(r.id());
                    }
                }
            }
        }
        Set<String> present = new HashSet<>(found.keySet());
        // an exclusion counts only when the excluding circumstance itself applies: 赔偿并谅解 left out beside 退赃退赔
        // (the money counted once) does not also take away the forgiveness (取得谅解) that it excluded
        Set<String> settled = new HashSet<>();
        Set<String> applied = new HashSet<>();
        List<DetectedCircumstance> out = new ArrayList<>();
        for (CircumstanceRule r : rules.circumstances()) {
            Mention m = found.get(r.id());
            settled.add(r.id());
            if (m == null) {
                continue;
            }
            Optional<String> reason = Optional.empty();
            if (!r.appliesTo(charge.id())) {
                reason = Optional.of("not a circumstance of " + charge.name() + " in these rules");
            } else {
                for (String x : r.excludedBy()) {
                    boolean excluding = settled.contains(x)
                            ? applied.contains(x)
                            : present.contains(x)
                                    && rules.findCircumstance(x).orElseThrow().appliesTo(charge.id());
                    if (excluding) {
                        reason = Optional.of("not counted beside "
                                + rules.findCircumstance(x).orElseThrow().name() + " (not evaluated twice)");
                        break;
                    }
                }
            }
            if (reason.isEmpty()) {
                applied.add(r.id());
            }
            out.add(new DetectedCircumstance(r, m, reason.isEmpty(), reason));
        }
        return out;
    }
}
