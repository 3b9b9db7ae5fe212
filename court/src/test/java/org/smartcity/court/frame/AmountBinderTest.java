package org.smartcity.court.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Binding each amount of money to the object it is the value of, and telling counts and unit prices from values. */
class AmountBinderTest {
    private static List<AmountFrame> bind(String text) {
        return AmountBinder.bind(FrameReader.read(text), text);
    }

    @Test
    void anAmountIsBoundToTheObjectNamedBeforeItInItsClause() {
        List<AmountFrame> a = bind("他拿走了我的戒指一枚（价值1,500元）和现金300元。");
        assertThat(a).extracting(AmountFrame::object).containsExactly("ring", "cash");
        assertThat(a).extracting(f -> f.amount().value().intValue()).containsExactly(1500, 300);
    }

    @Test
    void anAnswerWithoutAnObjectTakesTheObjectOfItsQuestion() {
        AmountFrame a = bind("问：你的耳机值多少钱？\n答：大概四百元。").get(0);
        assertThat(a.object()).isEqualTo("earphones");
        assertThat(a.count()).isZero();
    }

    @Test
    void anAppraisalIsAboutItsOnlyObject() {
        AmountFrame a = bind("价格认定结论书\n标的：旧笔记本电脑一台。\n结论：人民币1,900元。").get(0);
        assertThat(a.object()).isEqualTo("computer");
        assertThat(a.count()).isEqualTo(1);
    }

    @Test
    void aTotalIsTheWholeLossAndBoundToNoObject() {
        AmountFrame a = bind("手机和手表加起来一共5000元。").get(0);
        assertThat(a.role()).isEqualTo(AmountRole.TOTAL);
        assertThat(a.object()).isNull();
    }

    @Test
    void piecesCountedInKuaiAreNoYuan() {
        assertThat(bind("问：那天拿了几块？\n答：拿了两块。")).isEmpty();
        assertThat(bind("发还物品：儿童手表一块。")).isEmpty();
        assertThat(bind("拿走现金九十块。")).extracting(AmountFrame::object).containsExactly("cash");
    }

    @Test
    void aPricePerPieceAndADenominationAreUnits() {
        assertThat(bind("进的货是25块钱一个。")).extracting(AmountFrame::role).containsExactly(AmountRole.UNIT);
        assertThat(bind("有两张五十块的。")).extracting(AmountFrame::role).containsExactly(AmountRole.UNIT);
    }

    @Test
    void theCountOfTheObjectIsKept() {
        AmountFrame a = bind("三部手机共值6000元。").get(0);
        assertThat(a.role()).isEqualTo(AmountRole.TOTAL);
        AmountFrame b = bind("问：两部手机值多少？\n答：6000元。").get(0);
        assertThat(b.object()).isEqualTo("phone");
        assertThat(b.count()).isEqualTo(2);
    }
}
