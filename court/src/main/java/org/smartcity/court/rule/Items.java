package org.smartcity.court.rule;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.PersonRole;

/** Small questions about items that several rules ask. */
final class Items {
    private Items() {}

    /**
     * The distinct investigators in {@code collectedBy}: ids of persons with the investigator role, and ids the
     * file does not list (given the benefit of the doubt). Interpreters, witnesses and others do not count.
     */
    static Set<String> investigators(CaseFile f, EvidenceItem e) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : e.collectedBy()) {
            if (f.findPerson(id).isEmpty() || f.hasRole(id, PersonRole.INVESTIGATOR)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Ids in {@code required} that are not in {@code signedBy}, in order, without duplicates. */
    static List<String> unsigned(EvidenceItem e, List<String> required) {
        Set<String> signed = Set.copyOf(e.signedBy());
        return required.stream().filter(id -> !signed.contains(id)).distinct().toList();
    }
}
