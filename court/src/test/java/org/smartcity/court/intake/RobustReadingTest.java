package org.smartcity.court.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small readings of wordings never seen in the fixtures' files. */
class RobustReadingTest {
    private final DateTimeReader dates = new DateTimeReader();
    private final LabelLines lines = new LabelLines(Labels.builtIn());

    @Test
    void chineseNumeralDatesAndTimes() {
        assertThat(dates.read("二〇二四年三月九日晚九时许").orElseThrow().start()).isEqualTo("2024-03-09T21:00:00+08:00");
        assertThat(dates.read("二零二四年十二月三十一日二十三时五十九分").orElseThrow().start()).isEqualTo("2024-12-31T23:59:00+08:00");
        assertThat(dates.read("2024年3月9日下午三时半").orElseThrow().start()).isEqualTo("2024-03-09T15:30:00+08:00");
        assertThat(dates.read("2024.3.9 21时40分").orElseThrow().start()).isEqualTo("2024-03-09T21:40:00+08:00");
        assertThat(dates.read("2024-03-09T21:40").orElseThrow().start()).isEqualTo("2024-03-09T21:40:00+08:00");
        assertThat(ChineseNumerals.toDigits("张十一说三个人")).isEqualTo("张十一说三个人");
    }

    @Test
    void tableRowsAndSpacedLabelsBecomeFormLines() {
        assertThat(lines.line("讯问时间 2024年3月9日 讯问地点 文三路派出所", true)).isEqualTo("讯问时间: 2024年3月9日 讯问地点: 文三路派出所");
        assertThat(lines.line("被 询 问 人:李青 性 别:女", false)).isEqualTo("被询问人:李青 性别:女");
        assertThat(lines.line("被讯问人签名", true)).isEqualTo("被讯问人签名:");
        assertThat(lines.line("询问时间2024年3月9日", true)).isEqualTo("询问时间:2024年3月9日");
        assertThat(lines.line("办案民警 │ 陈刚、周敏", false)).isEqualTo("办案民警: 陈刚、周敏");
        assertThat(lines.line("答:我看见他喝了酒 然后开车走了", true)).isEqualTo("答:我看见他喝了酒 然后开车走了");
        assertThat(lines.line("序号 物品名称 数量 重量", true)).isEqualTo("序号 物品名称 数量 重量");
        assertThat(lines.line("编号 扣押物品名称 数量", true)).isEqualTo("编号 扣押物品名称 数量");
    }

    @Test
    void aMisreadTwoCharacterSignatureIsTheOnePersonOfTheDocumentItCanBe() {
        PersonRegistry persons = new PersonRegistry();
        PersonRegistry.Entry chen = persons.person("陈刚", null, "investigator");
        PersonRegistry.Entry zhou = persons.person("周敏", null, "investigator");
        PersonRegistry.Entry wang = persons.person("王海", "330106198504020015", "suspect");
        List<PersonRegistry.Entry> named = List.of(chen, zhou, wang);
        assertThat(PersonRegistry.closest("陈钢", named)).isSameAs(chen);
        assertThat(PersonRegistry.closest("王海海", named)).isSameAs(wang);
        assertThat(PersonRegistry.closest("李青", named)).isNull();
        PersonRegistry.Entry chenMin = persons.person("陈敏", null, "investigator");
        assertThat(PersonRegistry.closest("陈某", List.of(chen, chenMin))).isNull();
        assertThat(persons.person("王梅", "330106198504020015", "suspect", true)).isSameAs(wang);
    }
}
