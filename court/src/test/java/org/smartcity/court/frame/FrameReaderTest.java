package org.smartcity.court.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What each clause of an item is about: the offence, a side event, or an investigator's question. */
class FrameReaderTest {
    private static List<Event> events(String text) {
        return FrameReader.read(text).stream().map(FactFrame::event).toList();
    }

    @Test
    void aSideEventCarriesOnInItsSentenceOnly() {
        assertThat(events("我偷了一部手机。想拿到二手市场卖掉，一般只给三四百块。后来手机在我家里。"))
                .containsExactly(Event.OFFENCE, Event.SALE, Event.SALE, Event.OFFENCE);
    }

    @Test
    void anAnswerTakesTheSideEventOfItsQuestion() {
        List<FactFrame> frames = FrameReader.read("问：你身上带了多少钱？\n答：只有37块钱。\n问：偷了什么？\n答：两条烟。");
        assertThat(frames)
                .extracting(FactFrame::event)
                .containsExactly(Event.QUESTION, Event.CARRIED, Event.QUESTION, Event.OFFENCE);
        assertThat(frames.get(1).text()).isEqualTo("只有37块钱");
        String text = "问：你身上带了多少钱？\n答：只有37块钱。";
        FactFrame answer = FrameReader.read(text).get(1);
        assertThat(text.substring(answer.start(), answer.end())).isEqualTo("只有37块钱");
    }

    @Test
    void anOffenceCueEndsTheSideEvent() {
        assertThat(events("晚上6点我下班回到家，发现门被撬了。9月14日下午两点左右，我进去偷了现金"))
                .containsExactly(Event.ROUTINE, Event.DISCOVERY, Event.OFFENCE, Event.OFFENCE);
    }

    @Test
    void boastsAndCashOnHandAreSideEvents() {
        assertThat(events("他跟我吹他手上有一公斤货。卡里余额还有3000元。我送外卖经过花园路。"))
                .containsExactly(Event.HEARSAY, Event.CARRIED, Event.OFFENCE);
    }

    @Test
    void birthDatesParkingSharesAndTheGoodsWhereaboutsAreSideEvents() {
        assertThat(events("杨金宝，男，1970年9月9日生，无业。"))
                .containsExactly(Event.OFFENCE, Event.OFFENCE, Event.PERSONAL, Event.PERSONAL);
        assertThat(events("昨晚十点我把车锁在小区露天停车棚，今天早上七点下楼车就不见了。")).containsExactly(Event.ROUTINE, Event.ROUTINE);
        assertThat(events("问：你得了多少好处？\n答：上面给我提百分之十，大概一千块。")).containsExactly(Event.QUESTION, Event.SHARE, Event.SHARE);
        assertThat(events("今天早上七点车就不见了。")).containsExactly(Event.DISCOVERY);
        assertThat(events("问：东西在哪？\n答：在我住的鼓楼区那个酒店312房间，你们已经扣了。"))
                .containsExactly(Event.QUESTION, Event.FOUND, Event.FOUND);
    }

    @Test
    void askingPricesSharesMedicalBillsSourcesAndComingHomeAreSideEvents() {
        assertThat(events("他开价三千八，我还到两千六")).containsExactly(Event.HEARSAY, Event.OFFENCE);
        assertThat(events("我先垫付了两万块医药费")).containsExactly(Event.MEDICAL);
        assertThat(events("问：你们怎么分的？\n答：一人一半，各四百多。")).containsExactly(Event.QUESTION, Event.SHARE, Event.SHARE);
        assertThat(events("从陆丰进的货，九千块")).containsExactly(Event.PURCHASE, Event.PURCHASE);
        assertThat(events("我是晚上十一点到的家")).containsExactly(Event.ROUTINE);
    }

    @Test
    void amountRolesTellUnitPricesAndTotalsFromValues() {
        String c = "软中华每条零售价430元";
        assertThat(AmountRole.of(c, c.indexOf("430"), c.indexOf("元") + 1)).isEqualTo(AmountRole.UNIT);
        String t = "2条一共860元";
        assertThat(AmountRole.of(t, t.indexOf("860"), t.length())).isEqualTo(AmountRole.TOTAL);
        String v = "偷了一条项链价值6800元";
        assertThat(AmountRole.of(v, v.indexOf("6800"), v.length())).isEqualTo(AmountRole.VALUE);
        String after = "1500元一部";
        assertThat(AmountRole.of(after, 0, 5)).isEqualTo(AmountRole.UNIT);
    }
}
