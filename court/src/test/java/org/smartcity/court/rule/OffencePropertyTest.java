package org.smartcity.court.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.frame.AmountFrame;
import org.smartcity.court.frame.AmountRole;
import org.smartcity.court.frame.Event;

/** Which amounts of an item can be compared with the offence: like with like. */
class OffencePropertyTest {
    private static final EnumSet<Event> EVENTS = EnumSet.of(Event.OFFENCE);

    private static OffenceProperty offence(String text, int total) {
        return new OffenceProperty(text, Optional.of(BigDecimal.valueOf(total)), EVENTS);
    }

    private static AmountFrame value(int v, String object, int count) {
        return new AmountFrame(
                Quantity.exact(BigDecimal.valueOf(v), 0, 0), AmountRole.VALUE, object, count, Event.OFFENCE, "");
    }

    @Test
    void theOneUnstatedValueIsTheTotalLessTheOthers() {
        OffenceProperty o = offence("嫌疑人窃取金手镯一只、现金500元，共计价值人民币2,600元。", 2600);
        assertThat(o.partValues()).containsExactlyInAnyOrder(BigDecimal.valueOf(500), BigDecimal.valueOf(2100));
        assertThat(o.comparable(value(2100, "bracelet", 0))).isTrue();
    }

    @Test
    void oneOfSeveralObjectsWithoutAKnownValueIsNotComparedWithTheTotal() {
        OffenceProperty o = offence("嫌疑人抢走手机一部、耳机一副，共计价值人民币3,000元。", 3000);
        assertThat(o.partValues()).isEmpty();
        assertThat(o.comparable(value(2000, "phone", 0))).isFalse();
        assertThat(o.comparable(value(3000, null, 0))).isTrue();
    }

    @Test
    void theValueOfOneOfSeveralPiecesIsNotTheValueOfAll() {
        OffenceProperty o = offence("嫌疑人先后窃取自行车电瓶4块，共计价值人民币1,200元。", 1200);
        assertThat(o.comparable(value(300, "battery", 0))).isFalse();
        assertThat(o.comparable(value(1200, "battery", 4))).isTrue();
    }

    @Test
    void anObjectTheOffenceDidNotTakeIsAboutSomethingElse() {
        OffenceProperty o = offence("嫌疑人窃取手机一部，价值人民币1,800元。", 1800);
        assertThat(o.comparable(value(900, "watch", 0))).isFalse();
        assertThat(o.comparable(value(1800, "phone", 0))).isTrue();
    }

    @Test
    void withoutNamedObjectsEveryValueIsCompared() {
        OffenceProperty o = offence("嫌疑人以投资为名骗取被害人转账共计人民币2万元。", 20000);
        assertThat(o.comparable(value(20000, "phone", 0))).isTrue();
    }
}
