package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.smartcity.court.casefile.EvidenceCategory;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.Person;
import org.smartcity.court.extract.Stance;
import org.smartcity.court.extract.StanceClassifier;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code confession-uncorroborated}: a suspect confesses, but no other item supports the act: besides the
 * suspect's own statements the file holds only procedural documents (registration, identity proof, arrival
 * report, prior record, licence check). Deliberately conservative: whether a victim's account of "a man" links
 * this suspect is left to the reader, because a false alarm here would question most sound cases. The finding
 * names the suspect's interrogation records.
 */
public final class UncorroboratedConfessionRule implements Rule {
    private static final Set<EvidenceKind> PROCEDURAL = EnumSet.of(
            EvidenceKind.INTERROGATION_RECORD,
            EvidenceKind.CASE_REGISTRATION,
            EvidenceKind.IDENTITY_PROOF,
            EvidenceKind.ARRIVAL_REPORT,
            EvidenceKind.PRIOR_RECORD,
            EvidenceKind.DRIVING_LICENCE_CHECK);

    @Override
    public String id() {
        return "confession.corroborated";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.CONFESSION_UNCORROBORATED;
    }

    @Override
    public String basis() {
        return "刑事诉讼法第五十五条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Person suspect : ctx.suspects()) {
            List<EvidenceItem> own = ctx.caseFile().itemsOfKind(EvidenceKind.INTERROGATION_RECORD).stream()
                    .filter(e -> suspect.id().equals(e.subject().orElse(null)))
                    .toList();
            boolean confesses = own.stream().anyMatch(e -> StanceClassifier.classify(e.text()) == Stance.CONFESSION);
            if (!confesses) {
                continue;
            }
            boolean supported = false;
            for (EvidenceItem e : ctx.caseFile().evidence()) {
                if (!isSuspectStatement(e)
                        && !e.kind().map(PROCEDURAL::contains).orElse(false)) {
                    supported = true;
                    break;
                }
            }
            if (supported) {
                continue;
            }
            String whatZh = "除其供述外没有其他证据证明犯罪事实";
            String whatEn = "no item other than the confession proves the act";
            out.add(Finding.of(kind(), id(), basis())
                    .evidence(own.stream().map(EvidenceItem::id).toList())
                    .person(suspect.id())
                    .message(
                            "犯罪嫌疑人" + ctx.nameOf(suspect.id()) + "的供述没有印证：" + whatZh,
                            "the confession of " + suspect.id() + " is uncorroborated: " + whatEn)
                    .build());
        }
        return out;
    }

    private static boolean isSuspectStatement(EvidenceItem e) {
        return e.category().orElse(null) == EvidenceCategory.SUSPECT_STATEMENT;
    }
}
