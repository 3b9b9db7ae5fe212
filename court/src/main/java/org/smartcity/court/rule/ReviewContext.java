package org.smartcity.court.rule;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.Person;
import org.smartcity.court.casefile.PersonRole;
import org.smartcity.court.finding.Language;
import org.smartcity.court.frame.FactFrame;
import org.smartcity.court.frame.FrameReader;
import org.smartcity.court.standard.Condition;
import org.smartcity.court.standard.EvidenceStandard;

/**
 * What a rule sees: the case, the standards of its charges, and facts extracted from the items' text (computed
 * once, on first use). One context per review; not thread-safe.
 */
public final class ReviewContext {
    private final CaseFile caseFile;
    private final List<EvidenceStandard> standards;
    private final Language language;
    private final Map<Condition, Boolean> conditions = new EnumMap<>(Condition.class);
    private CaseFacts facts;
    private final Map<EvidenceItem, List<FactFrame>> frames = new java.util.IdentityHashMap<>();

    public ReviewContext(CaseFile caseFile, List<EvidenceStandard> standards) {
        this.caseFile = caseFile;
        this.standards = List.copyOf(standards);
        String sample = caseFile.caseId()
                + caseFile.title().orElse("")
                + caseFile.offence().text();
        this.language = Language.of(sample);
    }

    public CaseFile caseFile() {
        return caseFile;
    }

    /** Standards of the case's charges that the catalogue knows, in charge order. */
    public List<EvidenceStandard> standards() {
        return standards;
    }

    /** Language of the case (Chinese when its id, title or facts are in Chinese). */
    public Language language() {
        return language;
    }

    /** Start of the offence, when the file gives it. */
    public Optional<OffsetDateTime> offenceStart() {
        return caseFile.offence().time().map(t -> t.start());
    }

    public List<Person> suspects() {
        return caseFile.personsWithRole(PersonRole.SUSPECT);
    }

    public boolean isSuspect(String personId) {
        return caseFile.hasRole(personId, PersonRole.SUSPECT);
    }

    /** Display name of a person: the name when known, else the id. */
    public String nameOf(String personId) {
        return caseFile.findPerson(personId).flatMap(Person::name).orElse(personId);
    }

    /** Document label for Chinese messages, e.g. 讯问笔录 E3. */
    public String label(EvidenceItem item) {
        return item.kind().map(k -> k.nameZh()).orElse("证据") + " " + item.id();
    }

    /** Document label for English messages, e.g. interrogation record E3. */
    public String labelEn(EvidenceItem item) {
        return item.kind().map(k -> k.nameEn()).orElse("item") + " " + item.id();
    }

    /** Whether a condition of the standards holds for this case (decided once). */
    public boolean holds(Condition c) {
        return conditions.computeIfAbsent(c, k -> CaseConditions.holds(k, this));
    }

    /** The fact frames of an item's text (read once per review). */
    public List<FactFrame> frames(EvidenceItem item) {
        return frames.computeIfAbsent(item, i -> FrameReader.read(i.text()));
    }

    /** Facts extracted from the offence and the items. */
    public CaseFacts facts() {
        if (facts == null) {
            facts = new CaseFacts(this);
        }
        return facts;
    }

    /** True when the case is charged with this charge code. */
    public boolean charged(String code) {
        return caseFile.charges().contains(code);
    }
}
