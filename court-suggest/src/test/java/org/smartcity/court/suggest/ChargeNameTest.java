package org.smartcity.court.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChargeNameTest {

    @Test
    void bracketsAreAlternativesAndTheRestIsFixedWording() {
        assertThat(ChargeName.parse("[掩饰、隐瞒][犯罪所得、犯罪所得收益]").groups())
                .containsExactly(List.of("掩饰", "隐瞒"), List.of("犯罪所得", "犯罪所得收益"));
        assertThat(ChargeName.parse("非法[持有、私藏][枪支、弹药]").groups())
                .containsExactly(List.of("非法"), List.of("持有", "私藏"), List.of("枪支", "弹药"));
        assertThat(ChargeName.parse("强迫交易").groups()).containsExactly(List.of("强迫交易"));
        assertThat(ChargeName.parse("[]").groups()).isEmpty();
    }

    @Test
    void aTextNamesTheChargeWhenEveryGroupIsThere() {
        ChargeName guns = ChargeName.parse("非法[持有、私藏][枪支、弹药]");
        assertThat(guns.namedIn("被告人非法持有自制枪支一支")).isTrue();
        assertThat(guns.namedIn("被告人私藏弹药三发，系非法所得")).isTrue();
        assertThat(guns.namedIn("被告人持有枪支")).isFalse(); // no 非法
        assertThat(ChargeName.parse("[]").namedIn("任何文字")).isFalse();
    }
}
