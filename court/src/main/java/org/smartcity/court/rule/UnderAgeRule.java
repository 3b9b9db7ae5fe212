package org.smartcity.court.rule;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.Person;
import org.smartcity.court.extract.IdentityExtractor;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;
import org.smartcity.court.standard.Condition;
import org.smartcity.court.standard.EvidenceStandard;

/**
 * {@code under-age}: a suspect younger than the standard's age of criminal responsibility on the day the offence
 * started (16; 14 for robbery, drug trafficking, and intentional injury causing serious injury or death). The
 * birth date is the person's, else the one encoded in the ID number, else the identity proof's.
 */
public final class UnderAgeRule implements Rule {
    @Override
    public String id() {
        return "suspect.age-of-responsibility";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.UNDER_AGE;
    }

    @Override
    public String basis() {
        return "刑法第十七条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        if (ctx.offenceStart().isEmpty() || ctx.standards().isEmpty()) {
            return List.of();
        }
        LocalDate on = ctx.offenceStart().get().toLocalDate();
        List<String> young = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Person suspect : ctx.suspects()) {
            Optional<LocalDate> born = suspect.knownBirthDate().or(() -> fromIdentityProof(ctx, suspect));
            if (born.isEmpty() || born.get().isAfter(on)) {
                continue;
            }
            int age = Period.between(born.get(), on).getYears();
            for (EvidenceStandard s : ctx.standards()) {
                int minimum = minimumAge(ctx, s);
                if (age < minimum) {
                    young.add(suspect.id());
                    zh.add(ctx.nameOf(suspect.id()) + "案发时" + age + "周岁，未满" + minimum + "周岁（" + s.nameZh() + "）");
                    en.add(suspect.id() + " was " + age + " at the offence, under " + minimum + " (" + s.nameEn()
                            + ")");
                    break;
                }
            }
        }
        if (young.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(kind(), id(), basis())
                .persons(young)
                .cites(ctx.caseFile().itemsOfKind(EvidenceKind.IDENTITY_PROOF).stream()
                        .map(EvidenceItem::id)
                        .toList())
                .message(
                        "犯罪嫌疑人未达刑事责任年龄：" + String.join("；", zh),
                        "suspect under the age of criminal responsibility: " + String.join("; ", en))
                .build());
    }

    private static int minimumAge(ReviewContext ctx, EvidenceStandard s) {
        int minimum = s.minimumAge();
        for (Map.Entry<Condition, Integer> e : s.minimumAgeWhen().entrySet()) {
            if (e.getValue() < minimum && ctx.holds(e.getKey())) {
                minimum = e.getValue();
            }
        }
        return minimum;
    }

    private static Optional<LocalDate> fromIdentityProof(ReviewContext ctx, Person suspect) {
        for (EvidenceItem e : ctx.caseFile().itemsOfKind(EvidenceKind.IDENTITY_PROOF)) {
            if (suspect.id().equals(e.subject().orElse(null))) {
                List<IdentityExtractor.Found> d = IdentityExtractor.birthDates(e.text());
                if (!d.isEmpty()) {
                    return Optional.of(LocalDate.parse(d.get(0).value()));
                }
            }
        }
        return Optional.empty();
    }
}
