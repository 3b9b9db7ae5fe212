package org.smartcity.court.rule;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.Person;
import org.smartcity.court.casefile.PersonRole;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code minor-without-guardian}: a suspect, victim or witness under 18 on the day of the statement, questioned
 * with nobody in {@code present} who is a guardian (or, by name or organisation, an appropriate adult 合适成年人).
 */
public final class MinorGuardianRule implements Rule {
    @Override
    public String id() {
        return "statement.minor-guardian";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.MINOR_WITHOUT_GUARDIAN;
    }

    @Override
    public String basis() {
        return "刑事诉讼法第二百八十一条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        CaseFile f = ctx.caseFile();
        List<Finding> out = new ArrayList<>();
        for (EvidenceItem e : f.evidence()) {
            if (e.kind().isEmpty() || !e.kind().get().isStatement() || e.time().isEmpty()) {
                continue;
            }
            Optional<Person> subject = e.subject().flatMap(f::findPerson);
            if (subject.isEmpty()
                    || !(subject.get().is(PersonRole.SUSPECT)
                            || subject.get().is(PersonRole.VICTIM)
                            || subject.get().is(PersonRole.WITNESS))) {
                continue;
            }
            Optional<LocalDate> born = subject.get().knownBirthDate();
            if (born.isEmpty()) {
                continue;
            }
            LocalDate on = e.time().get().start().toLocalDate();
            int age = Period.between(born.get(), on).getYears();
            if (age >= 18 || born.get().isAfter(on)) {
                continue;
            }
            boolean guarded = e.present().stream()
                    .map(f::findPerson)
                    .flatMap(Optional::stream)
                    .anyMatch(MinorGuardianRule::isGuardian);
            if (guarded) {
                continue;
            }
            out.add(Finding.of(kind(), id(), basis())
                    .evidence(e.id())
                    .person(subject.get().id())
                    .message(
                            ctx.label(e) + " 询问/讯问未满十八周岁的"
                                    + ctx.nameOf(subject.get().id()) + "（" + age + "岁）时，法定代理人或合适成年人不在场",
                            ctx.labelEn(e) + " questioned " + subject.get().id() + ", aged " + age
                                    + ", with no guardian or appropriate adult present")
                    .build());
        }
        return out;
    }

    private static boolean isGuardian(Person p) {
        if (p.is(PersonRole.GUARDIAN)) {
            return true;
        }
        String about = p.name().orElse("") + p.organisation().orElse("");
        return about.contains("合适成年人") || about.contains("法定代理人");
    }
}
