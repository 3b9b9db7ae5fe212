package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smartcity.court.extract.PlaceExtractor;
import org.smartcity.court.extract.PlaceMention;
import org.smartcity.court.frame.Event;
import org.smartcity.court.frame.FactFrame;
import org.smartcity.court.frame.FrameReader;

/**
 * The places of the offence an item's text states, read from its frames about the offence. Also read: a routine
 * clause in a sentence that tells the act ({@code 我的车停在西大直街公交站旁边等客，看见…那个女的在喊抢劫}: where a
 * witness or a parked bicycle stood is where the act happened). Not read: a place the clause denies ({@code 不是西大
 * 直街}) and a direction ({@code 往学府路方向跑了}: where the offender fled to). Also read: where a thing was left in a
 * sentence that tells its loss was found ({@code 我把车停在和平区南京路的车棚里，今天早上发现电池没了}: it was taken
 * from there). Stateless.
 */
final class PlaceReading {
    private static final List<String> DENIALS = List.of("不是", "并非", "没在", "不在");

    private PlaceReading() {}

    /**
     * The comparable places of the frames about {@code events}, each with its clause. An answer to why the person
     * came to report ({@code 你来派出所有什么事？} — {@code 我们公司在金水区文化路的仓库丢了电缆}) tells the act: a
     * clause that only carries the report's event from the question is read too.
     */
    static List<Stated<PlaceMention>> read(List<FactFrame> frames, Set<Event> events) {
        Set<Integer> actSentences = new HashSet<>();
        Set<Integer> lossSentences = new HashSet<>();
        for (FactFrame f : frames) {
            if (f.event() == Event.OFFENCE && f.cued()) {
                actSentences.add(f.sentence());
            }
        }
        if (frames.stream().anyMatch(f -> f.event() == Event.ROUTINE && leftThere(f.text()))) {
            for (FactFrame f : frames) {
                if (f.event() != Event.QUESTION && FrameReader.mentions(f.text(), Event.DISCOVERY)) {
                    lossSentences.add(f.sentence());
                }
            }
        }
        List<Stated<PlaceMention>> out = new ArrayList<>();
        for (FactFrame fr : frames) {
            boolean about = events.contains(fr.event())
                    || fr.event() == Event.ROUTINE && actSentences.contains(fr.sentence())
                    || fr.event() == Event.ROUTINE && lossSentences.contains(fr.sentence()) && leftThere(fr.text())
                    || fr.event() == Event.REPORT && !fr.cued();
            if (!about || denied(fr.text()) || fr.text().contains("方向")) {
                continue;
            }
            PlaceMention p = PlaceExtractor.ofClause(fr.text());
            if (p.isComparable()) {
                out.add(new Stated<>(p, fr.text()));
            }
        }
        return out;
    }

    /** Words telling where a thing was left ({@code 停在}, {@code 放在}, {@code 锁在}): where it was then taken from. */
    private static final List<String> LEFT_AT = List.of("停在", "停放在", "放在", "锁在", "搁在", "挂在");

    private static boolean leftThere(String clause) {
        return LEFT_AT.stream().anyMatch(clause::contains);
    }

    private static boolean denied(String clause) {
        return DENIALS.stream().anyMatch(clause::startsWith);
    }
}
