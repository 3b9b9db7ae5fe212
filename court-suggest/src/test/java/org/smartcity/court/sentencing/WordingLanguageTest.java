package org.smartcity.court.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Chinese workspace shows the calculation's sentences in Chinese only: every wording a calculation produces
 * (charge and tier basis, step names and notes, problems, notes) has a Chinese form without English words, and an
 * English form that says the same numbers.
 */
class WordingLanguageTest {
    private static final GuidelineCalculator NATIONAL = new GuidelineCalculator(SentencingRules.builtIn());
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private static List<Wording> wordings(SentencingResult r) {
        List<Wording> all = new ArrayList<>();
        all.add(r.charge().basis());
        all.add(r.tierBasis());
        r.steps().forEach(s -> {
            all.add(s.name());
            all.add(s.note());
        });
        all.addAll(r.problems());
        all.addAll(r.notes());
        return all;
    }

    private static List<SentencingResult> varied() {
        SentencingRules rules = NATIONAL.rules();
        return List.of(
                NATIONAL.calculate(
                        "被告人张某盗窃他人现金人民币30000元。案发后张某主动投案，如实供述犯罪事实，自愿认罪认罚，并退赔全部损失。", ChargeChoice.given(rules, "盗窃")),
                NATIONAL.calculate("被告人张某在公交车上扒窃乘客的手机一部，被当场抓获。", ChargeChoice.given(rules, "盗窃")),
                NATIONAL.calculate("被告人张某在某超市内盗窃价值人民币500元的商品，被保安当场抓获。", ChargeChoice.given(rules, "盗窃")),
                NATIONAL.calculate("被告人某某向他人贩卖毒品一包，重0.5克，被民警当场抓获。", ChargeChoice.given(rules, "贩卖毒品")),
                NATIONAL.calculate("被告人李某持刀将被害人王某砍伤，经鉴定王某的损伤程度为重伤二级。李某系累犯。", ChargeChoice.given(rules, "故意伤害")),
                NATIONAL.calculate("被告人某某于某日在某地实施了犯罪行为，后被公安机关抓获归案。", ChargeChoice.given(rules, "强奸罪")),
                NATIONAL.calculate("  ", ChargeChoice.given(rules, "盗窃")),
                NATIONAL.calculate(
                        "今天天气很好，我们去公园散步，看见很多人在跳舞唱歌。", ChargeChoice.fromWording(rules, "今天天气很好，我们去公园散步，看见很多人在跳舞唱歌。")));
    }

    @Test
    void chineseFormsCarryNoEnglishWords() {
        int seen = 0;
        for (SentencingResult r : varied()) {
            for (Wording w : wordings(r)) {
                assertThat(w.zh()).as("Chinese form of: %s", w.en()).doesNotContainPattern(ENGLISH_WORD);
                seen++;
            }
        }
        assertThat(seen).isGreaterThan(20);
    }

    @Test
    void bothFormsStateTheSameNumbers() {
        for (SentencingResult r : varied()) {
            for (Wording w : wordings(r)) {
                assertThat(numbers(w.zh()))
                        .as("numbers of: %s / %s", w.zh(), w.en())
                        .isEqualTo(numbers(w.en()));
            }
        }
    }

    @Test
    void eachLanguageIsChosenByTheFlag() {
        Wording w = new Wording("量刑起点", "starting point");
        assertThat(w.in(true)).isEqualTo("量刑起点");
        assertThat(w.in(false)).isEqualTo("starting point");
    }

    private static List<String> numbers(String s) {
        List<String> out = new ArrayList<>();
        NUMBER.matcher(s).results().forEach(m -> out.add(m.group()));
        out.sort(null);
        return out;
    }
}
