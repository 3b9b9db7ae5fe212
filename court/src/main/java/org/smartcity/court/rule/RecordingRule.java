package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;
import org.smartcity.court.standard.Condition;
import org.smartcity.court.standard.EvidenceStandard;

/**
 * {@code missing-recording}: in a case punishable by life imprisonment or death (the standards'
 * {@code recordingRequiredWhen}), every interrogation needs an audio-video recording.
 */
public final class RecordingRule implements Rule {
    @Override
    public String id() {
        return "interrogation.recording";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.MISSING_RECORDING;
    }

    @Override
    public String basis() {
        return "刑事诉讼法第一百二十三条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        boolean required = false;
        for (EvidenceStandard s : ctx.standards()) {
            for (Condition c : s.recordingRequiredWhen()) {
                if (!s.skipRules().contains(id()) && ctx.holds(c)) {
                    required = true;
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        if (!required) {
            return out;
        }
        for (EvidenceItem e : ctx.caseFile().itemsOfKind(EvidenceKind.INTERROGATION_RECORD)) {
            if (e.hasRecording()) {
                continue;
            }
            out.add(Finding.of(kind(), id(), basis())
                    .evidence(e.id())
                    .person(e.subject().orElse(null))
                    .message(
                            "本案可能判处无期徒刑、死刑，" + ctx.label(e) + " 未附全程录音录像",
                            "the case is punishable by life imprisonment or death, but " + ctx.labelEn(e)
                                    + " has no audio-video recording")
                    .build());
        }
        return out;
    }
}
